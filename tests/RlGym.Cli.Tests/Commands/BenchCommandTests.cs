using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task Prints_steps_per_second_of_one_environment()
    {
        var result = await Rlgym.RunAsync(["bench", "Test/Steps-v0", "--seconds", "0.2"]);

        Assert.Equal(0, result.ExitCode);
        var match = Regex.Match(result.Out, @"^Test/Steps-v0 x1: ([\d,]+) steps in ([\d.]+) s = ([\d,]+) steps/s \(([\d,]+) episodes\)", RegexOptions.Multiline);
        Assert.True(match.Success, result.ToString());
        long steps = long.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.True(steps > 0);
    }

    [Fact]
    public async Task Json_reports_a_vector_of_copies()
    {
        var result = await Rlgym.RunAsync(["bench", "Test/Steps-v0", "--envs", "4", "--seconds", "0.2", "--option", "length=7", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("envs").GetInt32());
        long steps = root.GetProperty("steps").GetInt64();
        Assert.True(steps > 0 && steps % 4 == 0, $"{steps} steps");
        Assert.True(root.GetProperty("episodes").GetInt64() > 0);
        Assert.Equal(steps / root.GetProperty("seconds").GetDouble(), root.GetProperty("stepsPerSecond").GetDouble(), 3);
        Assert.False(root.GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public async Task Workers_step_independent_copies_and_say_so()
    {
        var text = await Rlgym.RunAsync(["bench", "Test/Steps-v0", "--workers", "2", "--seconds", "0.2"]);
        var json = await Rlgym.RunAsync(["bench", "Test/Steps-v0", "--workers", "2", "--seconds", "0.2", "--json"]);

        Assert.Equal((0, 0), (text.ExitCode, json.ExitCode));
        Assert.Matches(@"(?m)^Test/Steps-v0 2 workers: [\d,]+ steps in [\d.]+ s = [\d,]+ steps/s", text.Out);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal((1, 2), (document.RootElement.GetProperty("envs").GetInt32(), document.RootElement.GetProperty("workers").GetInt32()));
        Assert.True(document.RootElement.GetProperty("steps").GetInt64() > 0);
    }

    [Theory]
    [InlineData("--workers", "0", "Option '--workers' is '0'; expected a whole number from 1 to 256.")]
    [InlineData("--envs", "0", "Option '--envs' is '0'; expected a whole number from 1 to 4096.")]
    [InlineData("--seconds", "-1", "Option '--seconds' is '-1'; expected a number of seconds above 0 and at most 86400.")]
    public async Task Bad_settings_are_usage_errors(string option, string value, string expected)
    {
        var result = await Rlgym.RunAsync(["bench", "Test/Steps-v0", option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_and_a_vector_together_are_a_usage_error()
    {
        var result = await Rlgym.RunAsync(["bench", "Test/Steps-v0", "--envs", "2", "--workers", "2"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Got --envs 2 and --workers 2", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_copies_of_a_multi_agent_environment_are_a_usage_error()
    {
        var result = await Rlgym.RunAsync(["bench", "Test/Tag-v0", "--envs", "2"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is multi-agent", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
