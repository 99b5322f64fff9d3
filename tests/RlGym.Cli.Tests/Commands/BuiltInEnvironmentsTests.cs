using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Every environment the rlgym command registers passes the invariant kit through `rlgym check`.</summary>
public sealed class BuiltInEnvironmentsTests
{
    public static TheoryData<string> BuiltInIds() => new(Ids());

    private static List<string> Ids()
    {
        var result = Rlgym.RunAsync(["list", "--json"]).GetAwaiter().GetResult();
        using var document = JsonDocument.Parse(result.Out);
        var ids = new List<string>();
        foreach (var env in document.RootElement.GetProperty("environments").EnumerateArray())
        {
            string id = env.GetProperty("id").GetString()!;
            // The test fixtures register their own envs under the Test/ namespace; everything else is built in.
            if (!id.StartsWith("Test/", StringComparison.Ordinal))
            {
                ids.Add(id);
            }
        }
        return ids;
    }

    [Fact]
    public void The_built_in_environments_are_listed()
    {
        var ids = Ids();
        Assert.Contains("CatMouse-v0", ids);
        Assert.Contains("CatMouseDuel-v0", ids);
        Assert.Contains("NetHackScore-v0", ids);
        Assert.Contains("Doom/Basic-v0", ids);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public async Task Every_built_in_environment_passes_rlgym_check(string id)
    {
        var result = await Rlgym.RunAsync(["check", id, "--max-tests", "10", "--seed", "1", "--json"]);
        Assert.True(result.ExitCode == 0, $"rlgym check {id} exited {result.ExitCode}:\n{result.Out}\n{result.Error}");
        using var document = JsonDocument.Parse(result.Out);
        Assert.True(document.RootElement.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Record_saves_every_episode_of_an_environment_that_records()
    {
        using var folder = new TempFolder();
        var result = await Rlgym.RunAsync(["run", "Doom/Basic-v0", "--agent", "teacher", "--episodes", "2", "--seed", "0", "--record", folder.Path]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var gifs = Directory.GetFiles(folder.Path, "*.gif");
        Assert.Equal(2, gifs.Length);
        Assert.All(gifs, gif => Assert.Equal("GIF89a"u8.ToArray(), File.ReadAllBytes(gif)[..6]));
    }

    [Fact]
    public async Task Record_on_an_environment_that_does_not_record_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        var result = await Rlgym.RunAsync(["run", "CatMouse-v0", "--episodes", "1", "--record", folder.Path]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("record_dir", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
