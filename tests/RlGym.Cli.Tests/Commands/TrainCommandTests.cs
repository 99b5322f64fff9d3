using System.Text.Json;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Elman_training_writes_checkpoint_metrics_curve_and_tensorboard_events()
    {
        string run = _folder["elman"];
        var result = await Rlgym.RunAsync(["train", "--hidden", "8", "--max-games", "3000", "--measure-every", "1000", "--out", run, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("StepLimit", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(3000, json.RootElement.GetProperty("steps").GetInt64());
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([1000L, 2000, 3000], rows.Select(r => r.Step));
        Assert.Equal(["smoothed_error_x4", "mistakes_per_game"], rows[0].Values.Select(v => v.Name));
        Assert.Equal(3000, ElmanCheckpoint.LoadTrainer(Path.Combine(run, "brain.ckpt")).Games);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(run, "learning-curve.png"))[..4]);
        string events = Assert.Single(Directory.GetFiles(Path.Combine(run, "tensorboard"), "events.out.tfevents.*"));
        Assert.True(new FileInfo(events).Length > 0);
    }

    [Fact]
    public async Task Resuming_continues_the_run_exactly()
    {
        string straight = _folder["straight"], resumed = _folder["resumed"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--hidden", "8", "--max-games", "4000", "--measure-every", "1000", "--out", straight])).ExitCode);
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--hidden", "8", "--max-games", "2000", "--measure-every", "1000", "--out", resumed])).ExitCode);
        var again = await Rlgym.RunAsync(["train", "--hidden", "8", "--max-games", "4000", "--measure-every", "1000", "--out", resumed, "--resume"]);

        Assert.True(again.ExitCode == 0, again.ToString());
        var a = ElmanCheckpoint.LoadTrainer(Path.Combine(straight, "brain.ckpt"));
        var b = ElmanCheckpoint.LoadTrainer(Path.Combine(resumed, "brain.ckpt"));
        Assert.Equal(4000, b.Games);
        Assert.Equal(a.SmoothedError, b.SmoothedError);
        Assert.Equal(a.Network.RecurrentWeights.ToArray(), b.Network.RecurrentWeights.ToArray());
        Assert.Equal([1000L, 2000, 3000, 4000], CsvMetricsSink.Read(Path.Combine(resumed, "metrics.csv")).Select(r => r.Step));
    }

    [Fact]
    public async Task A_trained_brain_plays_through_rlgym_run()
    {
        string run = _folder["brain"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--hidden", "8", "--max-games", "2000", "--out", run])).ExitCode);
        var played = await Rlgym.RunAsync(["run", "CatMouse-v0", "--agent", $"elman:{Path.Combine(run, "brain.ckpt")}", "--episodes", "5", "--seed", "0", "--json"]);
        Assert.True(played.ExitCode == 0, played.ToString());
    }

    [Fact]
    public async Task Lstm_training_runs_a_batch_and_saves_a_brain()
    {
        string run = _folder["lstm"];
        var result = await Rlgym.RunAsync(["train", "--brain", "lstm", "--hidden", "8", "--max-games", "512", "--measure-every", "256", "--out", run, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["loss", "mistakes_per_game"], CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"))[0].Values.Select(v => v.Name));
        Assert.True(File.Exists(Path.Combine(run, "brain.ckpt")));
    }

    [Theory]
    [InlineData("--hidden", "0", "'--hidden' is '0'; expected a whole number from 1 to 4096")]
    [InlineData("--hidden", "-4", "'--hidden' is '-4'")]
    [InlineData("--brain", "gru", "gru")]
    [InlineData("--target", "-1", "'--target' is -1")]
    [InlineData("--max-games", "0", "'--max-games' is 0")]
    public async Task Bad_settings_are_one_line_errors(string option, string value, string expected)
    {
        var result = await Rlgym.RunAsync(["train", option, value, "--out", _folder["bad"]]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder["bad"], "brain.ckpt")));
    }

    [Fact]
    public async Task An_out_that_is_a_file_is_refused_and_left_alone()
    {
        string file = _folder["taken.txt"];
        File.WriteAllText(file, "keep me");
        var result = await Rlgym.RunAsync(["train", "--out", file]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("which is a file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_finished_run_is_not_overwritten_without_resume()
    {
        string run = _folder["done"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--hidden", "4", "--max-games", "500", "--out", run])).ExitCode);
        byte[] before = File.ReadAllBytes(Path.Combine(run, "brain.ckpt"));
        var again = await Rlgym.RunAsync(["train", "--hidden", "4", "--max-games", "500", "--out", run]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--resume", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(run, "brain.ckpt")));
    }

    [Fact]
    public async Task Missing_or_corrupt_checkpoints_cannot_be_resumed()
    {
        string empty = _folder["empty"];
        var missing = await Rlgym.RunAsync(["train", "--out", empty, "--resume"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);

        string run = _folder["corrupt"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--hidden", "4", "--max-games", "500", "--out", run])).ExitCode);
        string checkpoint = Path.Combine(run, "brain.ckpt");
        byte[] bytes = File.ReadAllBytes(checkpoint);
        bytes[40] ^= 0x55;
        File.WriteAllBytes(checkpoint, bytes);
        var corrupt = await Rlgym.RunAsync(["train", "--hidden", "4", "--max-games", "1000", "--out", run, "--resume"]);
        Assert.Equal(2, corrupt.ExitCode);
        Assert.Contains("corrupt", Assert.Single(corrupt.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public async Task The_table_prints_the_seeds_figures_next_to_ours()
    {
        var result = await Rlgym.RunAsync(["train", "--table", "--seeds", "1", "--max-games", "300", "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([16, 32, 64, 128], rows.Select(r => r.GetProperty("hidden").GetInt32()));
        Assert.Equal(716_342, rows[0].GetProperty("seedGames").GetInt64());
        Assert.All(rows, r => Assert.Equal(300, r.GetProperty("games")[0].GetInt64()));
    }

    [Fact]
    public async Task Lstm_runs_resume_from_their_brain()
    {
        string run = _folder["lstm-resume"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "--brain", "lstm", "--hidden", "8", "--max-games", "256", "--measure-every", "256", "--out", run])).ExitCode);
        // The resumed run's wall time continues the earlier run's, as doom-gps's does.
        MetricsFile.SetLastSeconds(Path.Combine(run, "metrics.csv"), 5000);
        var again = await Rlgym.RunAsync(["train", "--brain", "lstm", "--hidden", "8", "--max-games", "512", "--measure-every", "256", "--out", run, "--resume", "--json"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        using var json = JsonDocument.Parse(again.Out);
        Assert.Equal(512, json.RootElement.GetProperty("steps").GetInt64());
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([256L, 512], rows.Select(r => r.Step));
        Assert.True(rows[^1].Seconds > 5000, rows[^1].Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows[^1].Seconds, json.RootElement.GetProperty("seconds").GetDouble(), 6);
        var mismatch = await Rlgym.RunAsync(["train", "--brain", "lstm", "--hidden", "16", "--max-games", "768", "--out", run, "--resume"]);
        Assert.Equal(2, mismatch.ExitCode);
        Assert.Contains("Option '--hidden' is 16 but the checkpoint", Assert.Single(mismatch.ErrorLines), StringComparison.Ordinal);
    }
}
