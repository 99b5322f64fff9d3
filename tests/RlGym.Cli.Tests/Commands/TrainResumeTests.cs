using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>
/// <c>train --resume</c> continues the run it resumes: the size, seed and generator come from the checkpoint, and an
/// option that contradicts them is refused rather than ignored (the README's resume example, at a small scale).
/// </summary>
public sealed class TrainResumeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public TrainResumeTests() => Started = Rlgym.RunAsync(["train", "--hidden", "32", "--seed", "3", "--random", "rng", "--max-games", "200", "--measure-every", "100", "--out", Run]);

    private Task<CliResult> Started { get; }

    private string Run => _folder["elman32"];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Resume_without_the_original_options_continues_the_run()
    {
        Assert.Equal(0, (await Started).ExitCode);

        var result = await Rlgym.RunAsync(["train", "--out", Run, "--resume", "--max-games", "400", "--measure-every", "100"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(400, CsvMetricsSink.Read(Path.Combine(Run, "metrics.csv"))[^1].Step);
        Assert.Contains("Try it: ./rlgym run CatMouse-v0 --agent elman:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seed", "4", "Option '--seed' is 4 but the run in '{0}' was started with seed 3")]
    [InlineData("--random", "numpy", "Option '--random' is numpy but the run in '{0}' was started with --random rng")]
    [InlineData("--hidden", "16", "Option '--hidden' is 16 but the checkpoint '{0}/brain.ckpt' has hidden 32")]
    public async Task An_option_that_contradicts_the_checkpoint_is_refused(string option, string value, string expected)
    {
        Assert.Equal(0, (await Started).ExitCode);

        var result = await Rlgym.RunAsync(["train", "--out", Run, "--resume", "--max-games", "400", option, value]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("rlgym: error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, Run), Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(200, CsvMetricsSink.Read(Path.Combine(Run, "metrics.csv"))[^1].Step);
    }

    [Fact]
    public async Task Options_that_agree_with_the_checkpoint_are_accepted()
    {
        Assert.Equal(0, (await Started).ExitCode);

        var result = await Rlgym.RunAsync(["train", "--out", Run, "--resume", "--max-games", "300", "--measure-every", "100", "--hidden", "32", "--seed", "3", "--random", "rng"]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
