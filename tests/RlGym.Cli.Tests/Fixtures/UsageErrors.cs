using Xunit;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>Runs <c>rlgym</c> expecting a user's mistake: exit code 2, nothing on stdout, one line on stderr without a trace.</summary>
public static class UsageErrors
{
    public static async Task<string> LineAsync(params string[] args)
    {
        var result = await Rlgym.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Out);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("rlgym: error: ", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat [\w.`]+\(", line);
        Assert.DoesNotContain("(Parameter '", line, StringComparison.Ordinal);
        return line;
    }
}
