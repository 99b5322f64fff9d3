using System.Globalization;
using System.Text.Json;
using RlGym.Agents.Doom.Student;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class DoomGpsTrainCommandTests : IDisposable
{
    private static readonly string[] Tiny = ["--samples", "150", "--updates", "5", "--eval-episodes", "2"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_tiny_run_writes_the_student_metrics_curve_and_events_and_the_student_plays()
    {
        string run = _folder["basic"];
        var result = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "basic", "--rounds", "2", .. Tiny, "--out", run, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Out))
        {
            Assert.Equal("StepLimit", json.RootElement.GetProperty("outcome").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("steps").GetInt64());
            Assert.Equal("Doom/Basic-v0", json.RootElement.GetProperty("scenario").GetString());
        }
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([1L, 2], rows.Select(r => r.Step));
        Assert.Equal(["teacher_share", "samples", "aggregate", "loss", "student_return", "teacher_return", "fraction_of_teacher", "agreement"], rows[0].Values.Select(v => v.Name));
        Assert.Equal([1.0, 0.5], rows.Select(r => r.Values[0].Value));
        string checkpoint = Path.Combine(run, "student.ckpt");
        using (var student = DoomStudentFile.Load(checkpoint))
        {
            Assert.Equal(2, student.Rounds);
            Assert.Equal(new DoomStudentShape("Doom/Basic-v0", 4, 80, 60, 4, 4), student.Shape);
        }
        Assert.True(File.Exists(Path.Combine(run, "best.ckpt")));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(run, "learning-curve.png"))[..4]);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(run, "tensorboard"), "events.out.tfevents.*"));

        var played = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", $"doom-student:{checkpoint}", "--episodes", "2", "--seed", "0", "--json"]);
        Assert.True(played.ExitCode == 0, played.ToString());

        // The resumed run's wall time continues the earlier run's, as the LSTM trainer's does.
        MetricsFile.SetLastSeconds(Path.Combine(run, "metrics.csv"), 5000);
        var resumed = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "Doom/Basic-v0", "--rounds", "3", .. Tiny, "--out", run, "--resume", "--json"]);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        var resumedRows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([1L, 2, 3], resumedRows.Select(r => r.Step));
        Assert.True(resumedRows[^1].Seconds > 5000, resumedRows[^1].Seconds.ToString(CultureInfo.InvariantCulture));
        using (var json = JsonDocument.Parse(resumed.Out))
        {
            Assert.Equal(resumedRows[^1].Seconds, json.RootElement.GetProperty("seconds").GetDouble(), 6);
        }
        using (var student = DoomStudentFile.Load(checkpoint))
        {
            Assert.Equal(3, student.Rounds);
        }

        var otherScenario = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "my_way_home", "--rounds", "4", "--out", run, "--resume"]);
        Assert.Equal(2, otherScenario.ExitCode);
        Assert.Contains("Doom/Basic-v0", Assert.Single(otherScenario.ErrorLines), StringComparison.Ordinal);

        var wrongEnvironment = await Rlgym.RunAsync(["run", "Doom/DefendTheCenter-v0", "--agent", $"doom-student:{checkpoint}", "--episodes", "1"]);
        Assert.Equal(2, wrongEnvironment.ExitCode);
        Assert.Contains("Doom/Basic-v0", Assert.Single(wrongEnvironment.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interrupting_keeps_the_last_finished_round_and_exits_130()
    {
        string run = _folder["interrupted"];
        string metrics = Path.Combine(run, "metrics.csv");
        using var interrupt = new CancellationTokenSource();
        var training = Rlgym.RunAsync(["train", "doom-gps", "--scenario", "basic", "--rounds", "200", .. Tiny, "--out", run], cancellationToken: interrupt.Token);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!training.IsCompleted && DateTime.UtcNow < deadline && !(File.Exists(metrics) && File.ReadAllLines(metrics).Length >= 2))
        {
            await Task.Delay(50);
        }
        interrupt.Cancel();
        var result = await training;

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("--resume", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        var rows = CsvMetricsSink.Read(metrics);
        using var student = DoomStudentFile.Load(Path.Combine(run, "student.ckpt"));
        Assert.InRange(student.Rounds, 1, 199);
        Assert.Equal(rows[^1].Step, student.Rounds);
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_one_line_error_listing_the_valid_ones()
    {
        var result = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "defend_the_moon", "--out", _folder["bad"]]);
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("defend_the_moon", line, StringComparison.Ordinal);
        Assert.Contains("basic, defend_the_center, health_gathering, my_way_home, deadly_corridor, defend_the_line, take_cover", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["bad"]));
    }

    [Fact]
    public async Task A_corrupt_student_is_a_one_line_error_for_run_and_resume()
    {
        string run = _folder["corrupt"];
        Directory.CreateDirectory(run);
        string checkpoint = Path.Combine(run, "student.ckpt");
        File.WriteAllBytes(checkpoint, [.. "RLGYMCKP"u8, 1, 0, 0, 0, 9, 9, 9, 9]);
        var played = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", $"doom-student:{checkpoint}", "--episodes", "1"]);
        Assert.Equal(2, played.ExitCode);
        Assert.Contains("corrupt", Assert.Single(played.ErrorLines), StringComparison.Ordinal);
        var resumed = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "basic", "--out", run, "--resume"]);
        Assert.Equal(2, resumed.ExitCode);
        Assert.Contains("corrupt", Assert.Single(resumed.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--minutes", "0", "'--minutes' is 0")]
    [InlineData("--frame-skip", "0", "'--frame-skip' is 0")]
    [InlineData("--rounds", "0", "--rounds")]
    public async Task Bad_settings_are_one_line_errors(string option, string value, string expected)
    {
        var result = await Rlgym.RunAsync(["train", "doom-gps", "--scenario", "basic", option, value, "--out", _folder["bad"]]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
