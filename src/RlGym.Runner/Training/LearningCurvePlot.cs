using ScottPlot;

namespace RlGym.Runner.Training;

/// <summary>
/// Draws the learning curve as a PNG (ScottPlot): the chosen metrics against training steps, like the seed's chart
/// of errors per game against games played. The picture is rewritten on every <see cref="Flush"/>.
/// </summary>
public sealed class LearningCurvePlot : IMetricsSink
{
    private readonly string _path;
    private readonly string _title;
    private readonly string _stepLabel;
    private readonly string _valueLabel;
    private readonly HashSet<string> _plotted;
    private readonly List<long> _steps = [];
    private readonly Dictionary<string, List<double>> _series = new(StringComparer.Ordinal);

    /// <summary>Creates the plot.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="title">The chart title.</param>
    /// <param name="stepLabel">The x axis label, such as "games played".</param>
    /// <param name="valueLabel">The y axis label, such as "errors per game".</param>
    /// <param name="metrics">The metric names to draw (others are ignored).</param>
    public LearningCurvePlot(string path, string title, string stepLabel, string valueLabel, params string[] metrics)
    {
        _valueLabel = valueLabel;
        _path = path ?? throw new ArgumentNullException(nameof(path));
        _title = title;
        _stepLabel = stepLabel;
        _plotted = new HashSet<string>(metrics, StringComparer.Ordinal);
    }

    /// <summary>Loads earlier rows (from a resumed run's metrics.csv) so the picture shows the whole run.</summary>
    public void Preload(IEnumerable<MetricsRow> rows)
    {
        foreach (var row in rows)
        {
            Record(row);
        }
    }

    /// <inheritdoc />
    public void Record(in MetricsRow row)
    {
        _steps.Add(row.Step);
        foreach (var metric in row.Values)
        {
            if (_plotted.Contains(metric.Name))
            {
                if (!_series.TryGetValue(metric.Name, out var values))
                {
                    _series[metric.Name] = values = [];
                }
                values.Add(metric.Value);
            }
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        if (_steps.Count == 0)
        {
            return;
        }
        var plot = new Plot();
        double[] xs = [.. _steps.Select(s => (double)s)];
        foreach (var (name, values) in _series)
        {
            var line = plot.Add.ScatterLine(xs[..values.Count], values.ToArray());
            line.LegendText = name;
        }
        plot.Title(_title);
        plot.XLabel(_stepLabel);
        plot.YLabel(_valueLabel);
        plot.ShowLegend();
        string temporary = _path + ".tmp.png";
        plot.SavePng(temporary, 800, 500);
        File.Move(temporary, _path, overwrite: true);
    }

    /// <inheritdoc />
    public void Dispose() => Flush();
}
