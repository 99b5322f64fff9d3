using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary><c>rlgym train</c>: the trainers are sibling subcommands, each findable from the top-level help.</summary>
public sealed class TrainCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("train", "--help")]
    public async Task The_help_names_every_trainer(params string[] args)
    {
        var result = await Rlgym.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("train catmouse-imitation", result.Out, StringComparison.Ordinal);
        Assert.Contains("train catmouse-duel", result.Out, StringComparison.Ordinal);
        Assert.Contains("train doom-gps", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doom-gps")]
    [InlineData("catmouse-duel")]
    [InlineData("catmouse-imitation")]
    public async Task A_trainers_help_shows_its_own_usage(string trainer)
    {
        var result = await Rlgym.RunAsync(["train", trainer, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($" train {trainer} [options]", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<TASK>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_alone_and_train_catmouse_imitation_train_the_same_brain()
    {
        var alone = await Rlgym.RunAsync(["train", "--max-games", "200", "--measure-every", "100", "--out", _folder["alone"], "--json"]);
        var named = await Rlgym.RunAsync(["train", "catmouse-imitation", "--max-games", "200", "--measure-every", "100", "--out", _folder["named"], "--json"]);

        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder["alone"], "brain.ckpt")), File.ReadAllBytes(Path.Combine(_folder["named"], "brain.ckpt")));
    }
}
