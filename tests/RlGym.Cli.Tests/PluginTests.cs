using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests;

/// <summary>
/// The plugin fixture is built before these tests but referenced by neither the CLI nor this project: the only
/// way its environment gets in is <c>--plugins DIR</c>.
/// </summary>
public sealed class PluginTests : IDisposable
{
    private readonly TempFolder _plugins = new();

    public PluginTests() => File.Copy(Rlgym.BuildPath("TestPluginAssembly"), _plugins["RlGym.TestPlugin.dll"]);

    public void Dispose() => _plugins.Dispose();

    [Fact]
    public void Neither_the_cli_nor_the_tests_reference_the_plugin()
    {
        Assert.DoesNotContain(typeof(CliApp).Assembly.GetReferencedAssemblies(), a => a.Name == "RlGym.TestPlugin");
        Assert.DoesNotContain(typeof(PluginTests).Assembly.GetReferencedAssemblies(), a => a.Name == "RlGym.TestPlugin");
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "RlGym.TestPlugin.dll")));
    }

    [Fact]
    public async Task List_shows_the_plugins_environment_and_agent()
    {
        var without = await Rlgym.RunAsync(["list"]);
        var with = await Rlgym.RunAsync(["--plugins", _plugins.Path, "list"]);

        Assert.DoesNotContain("Plugin/Coin-v0", without.Out, StringComparison.Ordinal);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains(with.OutLines, l => l.Contains("Plugin/Coin-v0", StringComparison.Ordinal) && l.Contains("from a plugin", StringComparison.Ordinal));
        Assert.Contains(with.OutLines, l => l.Trim().StartsWith("heads ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plugins_environment_runs_with_the_random_agent_and_with_its_own()
    {
        var random = await Rlgym.RunAsync(["--plugins", _plugins.Path, "run", "Plugin/Coin-v0", "--agent", "random", "--episodes", "3", "--json"]);
        var heads = await Rlgym.RunAsync(["run", "Plugin/Coin-v0", "--plugins", _plugins.Path, "--agent", "heads", "--episodes", "3", "--seed", "1", "--json"]);

        Assert.True(random.ExitCode == 0, random.ToString());
        using var json = JsonDocument.Parse(random.Out);
        Assert.Equal(3, json.RootElement.GetProperty("episodes").GetInt32());
        Assert.Equal(10.0, json.RootElement.GetProperty("meanLength").GetDouble());
        Assert.Equal(0, heads.ExitCode);
        using var headsJson = JsonDocument.Parse(heads.Out);
        Assert.Equal("heads", headsJson.RootElement.GetProperty("roles")[0].GetProperty("agent").GetString());
    }
}
