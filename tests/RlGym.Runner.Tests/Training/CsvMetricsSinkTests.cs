using RlGym.Core;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Runner.Tests.Training;

public sealed class CsvMetricsSinkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-metrics-").FullName;

    private string MetricsPath => Path.Combine(_folder, "metrics.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_metric_name_with_a_comma_and_a_quote_round_trips_through_the_file()
    {
        using (var sink = new CsvMetricsSink(MetricsPath))
        {
            sink.Record(new MetricsRow(100, 1.5, [new Metric("loss, smoothed", 0.25), new Metric("say \"hi\"", -3)]));
            sink.Record(new MetricsRow(200, 3.25, [new Metric("loss, smoothed", 0.125), new Metric("say \"hi\"", 1e-9)]));
        }

        var rows = CsvMetricsSink.Read(MetricsPath);

        Assert.Equal([100L, 200L], rows.Select(r => r.Step));
        Assert.Equal([1.5, 3.25], rows.Select(r => r.Seconds));
        Assert.Equal(["loss, smoothed", "say \"hi\""], rows[1].Values.Select(m => m.Name));
        Assert.Equal([0.125, 1e-9], rows[1].Values.Select(m => m.Value));
    }

    [Fact]
    public void The_file_format_is_quoted_rfc_4180_with_crlf_rows()
    {
        using (var sink = new CsvMetricsSink(MetricsPath))
        {
            sink.Record(new MetricsRow(7, 0.5, [new Metric("a,b", 2), new Metric("loss", 0.1)]));
        }

        Assert.Equal("step,seconds,\"a,b\",loss\r\n7,0.5,2,0.1\r\n", File.ReadAllText(MetricsPath));
    }

    [Fact]
    public void Resuming_appends_after_a_header_with_a_quoted_name()
    {
        using (var sink = new CsvMetricsSink(MetricsPath))
        {
            sink.Record(new MetricsRow(1, 0.1, [new Metric("a,b", 1)]));
        }
        using (var resumed = new CsvMetricsSink(MetricsPath))
        {
            resumed.Record(new MetricsRow(2, 0.2, [new Metric("a,b", 2)]));
        }

        Assert.Equal([1.0, 2.0], CsvMetricsSink.Read(MetricsPath).Select(r => r.Values[0].Value));
    }

    [Fact]
    public void Resuming_into_a_file_with_other_columns_is_refused_and_leaves_it_alone()
    {
        File.WriteAllText(MetricsPath, "step,seconds,loss\r\n1,0.1,2\r\n");

        using var sink = new CsvMetricsSink(MetricsPath);
        var error = Assert.Throws<UserInputException>(() => sink.Record(new MetricsRow(2, 0.2, [new Metric("accuracy", 1)])));

        Assert.Contains("'step,seconds,loss', not 'step,seconds,accuracy'", error.Message, StringComparison.Ordinal);
        Assert.Equal("step,seconds,loss\r\n1,0.1,2\r\n", File.ReadAllText(MetricsPath));
    }

    [Fact]
    public void A_row_that_is_not_numbers_is_named_by_its_line()
    {
        File.WriteAllText(MetricsPath, "step,seconds,loss\r\n1,0.1,2\r\n2,0.2,\"x,y\"\r\n");

        var error = Assert.Throws<UserInputException>(() => CsvMetricsSink.Read(MetricsPath));

        Assert.Equal($"'{MetricsPath}' line 3, column 'loss' is 'x,y', not a number.", error.Message);
    }
}
