using System.Globalization;
using CsvHelper;
using RlGym.Core;
using CsvWriter = RlGym.Runner.Sinks.CsvWriter;

namespace RlGym.Runner.Training;

/// <summary>
/// Writes <c>metrics.csv</c>: a header <c>step,seconds,&lt;metric names&gt;</c>, then one row per record. When the file
/// already exists (a resumed run) rows are appended after checking that its header matches.
/// </summary>
public sealed class CsvMetricsSink : IMetricsSink
{
    private readonly string _path;
    private StreamWriter? _writer;
    private CsvWriter? _csv;
    private string[]? _names;

    /// <summary>Creates the sink; the file is opened at the first record.</summary>
    public CsvMetricsSink(string path) => _path = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>Reads the rows of a metrics.csv this sink wrote (to redraw a resumed run's whole curve).</summary>
    /// <exception cref="UserInputException">When a row is not numbers.</exception>
    public static IReadOnlyList<MetricsRow> Read(string path)
    {
        var rows = new List<MetricsRow>();
        string[]? names = null;
        using var csv = CsvReader.FromFile(path, ReaderOptions);
        while (csv.Read())
        {
            if (names is null)
            {
                names = [.. Fields(csv).Skip(2)];
                continue;
            }
            long line = csv.LineNumber;
            if (csv.FieldCount != names.Length + 2 || !long.TryParse(csv.GetString(0), NumberStyles.Integer, CultureInfo.InvariantCulture, out long step)
                || !double.TryParse(csv.GetString(1), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
            {
                throw new UserInputException($"'{path}' line {line} is not a row of {names.Length + 2} numbers.");
            }
            var values = new Metric[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                string field = csv.GetString(i + 2);
                if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                {
                    throw new UserInputException($"'{path}' line {line}, column '{names[i]}' is '{field}', not a number.");
                }
                values[i] = new Metric(names[i], value);
            }
            rows.Add(new MetricsRow(step, seconds, values));
        }
        return rows;
    }

    /// <inheritdoc />
    public void Record(in MetricsRow row)
    {
        if (_csv is null)
        {
            Open(row);
        }
        else if (row.Values.Count != _names!.Length)
        {
            throw new ArgumentException($"Metrics row has {row.Values.Count} values; the file '{_path}' has {_names.Length} metric columns.", nameof(row));
        }
        _csv!.Field(row.Step);
        _csv.Field(row.Seconds);
        foreach (var metric in row.Values)
        {
            _csv.Field(metric.Value);
        }
        _csv.EndRow();
    }

    /// <inheritdoc />
    public void Flush() => _writer?.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private void Open(in MetricsRow row)
    {
        _names = [.. row.Values.Select(m => m.Name)];
        string[] header = ["step", "seconds", .. _names];
        bool append = File.Exists(_path) && new FileInfo(_path).Length > 0;
        if (append)
        {
            string[] existing = ReadHeader(_path);
            if (!existing.SequenceEqual(header, StringComparer.Ordinal))
            {
                throw new UserInputException(
                    $"'{_path}' has the columns '{string.Join(",", existing)}', not '{string.Join(",", header)}'; resume into the folder the run was started in.");
            }
        }
        _writer = new StreamWriter(_path, append);
        _csv = new CsvWriter(_writer);
        if (!append)
        {
            foreach (string column in header)
            {
                _csv.Field(column);
            }
            _csv.EndRow();
        }
    }

    // RFC 4180 as the writer writes it (quoted fields, doubled quotes, CRLF); numbers in the invariant culture.
    private static CsvReaderOptions ReaderOptions => new()
    {
        HasHeader = false,
        AllowLineBreaksInQuotes = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static string[] ReadHeader(string path)
    {
        using var csv = CsvReader.FromFile(path, ReaderOptions);
        return csv.Read() ? [.. Fields(csv)] : [];
    }

    private static IEnumerable<string> Fields(CsvReader csv)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            yield return csv.GetString(i);
        }
    }
}
