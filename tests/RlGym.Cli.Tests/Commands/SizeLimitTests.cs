using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Sizes too large to allocate are refused when the command line is read: one line naming the value and the range, exit 2.</summary>
public sealed class SizeLimitTests
{
    [Theory]
    [InlineData("--envs", "2000000000", "bench", "Test/Steps-v0")]
    [InlineData("--envs", "100000000", "bench", "Test/Steps-v0", "--seconds", "1")]
    [InlineData("--hidden", "100000000", "train", "--out", "/nonexistent/never-created")]
    [InlineData("--hidden", "100000000", "train", "catmouse-duel", "--out", "/nonexistent/never-created")]
    [InlineData("--lanes", "100000", "arena", "catmouse", "--cats", "random", "--mice", "random")]
    [InlineData("--threads", "100000", "arena", "catmouse", "--cats", "random", "--mice", "random")]
    [InlineData("--episodes", "2000000000", "arena", "catmouse", "--cats", "random", "--mice", "random")]
    [InlineData("--samples", "2000000000", "train", "doom-gps", "--scenario", "basic", "--out", "/nonexistent/never-created")]
    [InlineData("--rounds", "2000000000", "train", "doom-gps", "--scenario", "basic", "--out", "/nonexistent/never-created")]
    [InlineData("--threads", "100000", "train", "doom-gps", "--scenario", "basic", "--out", "/nonexistent/never-created")]
    [InlineData("--max-tests", "2000000000", "check", "Test/Steps-v0")]
    [InlineData("--workers", "100000", "run", "Test/Steps-v0")]
    [InlineData("--workers", "100000", "bench", "Test/Steps-v0")]
    public async Task A_size_beyond_the_limit_names_the_value_and_the_range(string option, string value, params string[] command)
    {
        string line = await UsageErrors.LineAsync([.. command, option, value]);

        Assert.Matches($@"^rlgym: error: Option '{option}' is '{value}'; expected a whole number from 1 to \d+\.", line);
    }

    [Fact]
    public async Task The_help_shows_the_range()
    {
        var result = await Rlgym.RunAsync(["bench", "--help"]);

        Assert.Contains("(1 to 4096)", result.Out, StringComparison.Ordinal);
    }
}
