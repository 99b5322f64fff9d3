using System.Text.Json;
using RlGym.Agents.CatMouse.Lstm;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class CatMouseDuelTrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Co_training_writes_both_brains_and_the_catch_rate_curve()
    {
        string run = _folder["duel"];
        var result = await Rlgym.RunAsync(["train", "catmouse-duel", "--hidden", "16", "--max-games", "1024", "--measure-every", "512", "--out", run, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1024, json.RootElement.GetProperty("steps").GetInt64());
        var rows = CsvMetricsSink.Read(Path.Combine(run, "metrics.csv"));
        Assert.Equal([512L, 1024], rows.Select(r => r.Step));
        Assert.Contains("catch_rate", rows[0].Values.Select(v => v.Name));
        Assert.All(rows, r => Assert.InRange(r.Values.Single(v => v.Name == "catch_rate").Value, 0, 1));
        var (cat, mouse) = LstmBrainFile.LoadDuel(Path.Combine(run, "duel.ckpt"));
        using (cat)
        using (mouse)
        {
            Assert.Equal((1024L, 1024L), (cat.GamesTrained, mouse.GamesTrained));
        }
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(run, "learning-curve.png"))[..4]);
        Assert.Single(Directory.GetFiles(Path.Combine(run, "tensorboard"), "events.out.tfevents.*"));
    }

    [Fact]
    public async Task The_duel_checkpoint_seats_either_brain_in_the_arena_and_resumes()
    {
        string run = _folder["duel"];
        Assert.Equal(0, (await Rlgym.RunAsync(["train", "catmouse-duel", "--hidden", "8", "--max-games", "512", "--measure-every", "256", "--out", run])).ExitCode);
        string checkpoint = Path.Combine(run, "duel.ckpt");

        var arena = await Rlgym.RunAsync(["arena", "catmouse", "--cats", $"lstm:{checkpoint},teacher", "--mice", $"lstm:{checkpoint}", "--episodes", "100", "--json"]);
        var resumed = await Rlgym.RunAsync(["train", "catmouse-duel", "--hidden", "8", "--max-games", "1024", "--measure-every", "256", "--out", run, "--resume"]);

        Assert.True(arena.ExitCode == 0, arena.ToString());
        using var json = JsonDocument.Parse(arena.Out);
        Assert.Equal(2, json.RootElement.GetProperty("pairings").GetArrayLength());
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal([256L, 512, 768, 1024], CsvMetricsSink.Read(Path.Combine(run, "metrics.csv")).Select(r => r.Step));
    }

    [Theory]
    [InlineData("--hidden", "0", "Option '--hidden' is '0'; expected a whole number from 1 to 4096")]
    [InlineData("--max-games", "0", "Option '--max-games' is 0")]
    [InlineData("--target", "-1", "Option '--target' is -1")]
    public async Task Bad_settings_are_one_line_errors(string option, string value, string expected)
    {
        var result = await Rlgym.RunAsync(["train", "catmouse-duel", option, value, "--out", _folder["bad"]]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder["bad"]));
    }

    [Fact]
    public async Task Resuming_without_a_checkpoint_is_refused()
    {
        var result = await Rlgym.RunAsync(["train", "catmouse-duel", "--out", _folder["empty"], "--resume"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("duel.ckpt' does not exist", result.Error, StringComparison.Ordinal);
    }
}
