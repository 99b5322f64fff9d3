using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Runner.Hosting;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class ListCommandTests
{
    [Fact]
    public async Task Lists_environments_registered_through_di_with_their_modes_and_agents()
    {
        var result = await Rlgym.RunAsync(["list"], s => s.AddAgent(new ScriptedAgentFactory()));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.OutLines;
        Assert.Equal("Environments:", lines[0]);
        Assert.Contains(lines, l => l.Contains("Test/Steps-v0", StringComparison.Ordinal) && l.Contains("single-agent", StringComparison.Ordinal)
            && l.Contains("render: ansi,rgb", StringComparison.Ordinal) && l.Contains("Reward = action", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Test/Tag-v0", StringComparison.Ordinal) && l.Contains("multi-agent", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Test/Noisy-v0", StringComparison.Ordinal) && l.Contains("render: -", StringComparison.Ordinal));
        int agents = Array.IndexOf(lines, "Agents:");
        var names = lines[(agents + 1)..].Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Equal(["random", "human", "scripted"], names.Where(n => n is "random" or "human" or "scripted"));
    }

    [Fact]
    public async Task Json_lists_the_same_in_a_parseable_document()
    {
        var result = await Rlgym.RunAsync(["list", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        // The built-in environments are listed too; the test fixtures are the ones under Test/.
        var environments = json.RootElement.GetProperty("environments").EnumerateArray()
            .Where(e => e.GetProperty("id").GetString()!.StartsWith("Test/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Test/Noisy-v0", "Test/Steps-v0", "Test/Tag-v0"], environments.Select(e => e.GetProperty("id").GetString()));
        var steps = environments[1];
        Assert.Equal(["ansi", "rgb"], steps.GetProperty("renderModes").EnumerateArray().Select(m => m.GetString()));
        Assert.False(steps.GetProperty("multiAgent").GetBoolean());
        Assert.True(environments[2].GetProperty("multiAgent").GetBoolean());
        var agents = json.RootElement.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["random", "human"], agents.Where(n => n is "random" or "human"));
    }
}
