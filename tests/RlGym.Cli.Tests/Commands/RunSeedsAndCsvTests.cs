using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Seeds never wrap silently, and episodes.csv writes seconds as plain decimals.</summary>
public sealed class RunSeedsAndCsvTests
{
    [Fact]
    public async Task Seeds_that_would_wrap_past_the_largest_are_refused_up_front()
    {
        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--seed", "18446744073709551615", "--episodes", "2");

        Assert.Equal(
            "rlgym: error: Option '--seed' is 18446744073709551615; with 2 episodes (episode i is reset with seed S+i) it must be at most 18446744073709551614, or the seeds would wrap past 18446744073709551615.",
            line);
    }

    [Fact]
    public async Task The_largest_seed_still_runs_one_episode()
    {
        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--seed", "18446744073709551615", "--episodes", "1"]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Seconds_in_episodes_csv_are_fixed_decimals()
    {
        using var folder = new TempFolder();

        var result = await Rlgym.RunAsync(["run", "Test/Steps-v0", "--episodes", "20", "--seed", "0", "--out", folder.Path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] rows = File.ReadAllLines(folder["episodes.csv"]);
        int column = Array.IndexOf(rows[0].Split(','), "seconds");
        Assert.All(rows.Skip(1), row => Assert.Matches(@"^\d+\.\d{6}$", row.Split(',')[column]));
    }
}
