using RlGym.Agents.CatMouse.Elman;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary>Messages say what is really wrong, in one line and in good English.</summary>
public sealed class MessageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_checkpoint_path_that_is_a_folder_says_so()
    {
        Directory.CreateDirectory(_folder["run"]);

        string line = await UsageErrors.LineAsync("run", "CatMouse-v0", "--episodes", "1", "--agent", "elman:" + _folder["run"]);

        Assert.Contains($"Checkpoint '{_folder["run"]}' is a folder; expected a checkpoint file", line, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugins_path_that_is_a_file_says_so()
    {
        File.WriteAllText(_folder["plugin.dll"], "");

        string line = await UsageErrors.LineAsync("--plugins", _folder["plugin.dll"], "list");

        Assert.Equal($"rlgym: error: Plugin folder '{_folder["plugin.dll"]}' is a file; expected the folder that holds the plugin assemblies (*.dll).", line);
    }

    [Fact]
    public async Task A_repeated_option_key_is_refused_naming_the_key()
    {
        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--option", "length=2", "--option", "length=3");

        Assert.Equal("rlgym: error: Option 'length' is given twice (length=2 and length=3); give each option once.", line);
    }

    [Fact]
    public async Task An_argument_to_the_random_agent_is_refused()
    {
        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--agent", "random:foo");

        Assert.Equal("rlgym: error: The random agent takes no argument; got 'random:foo'. Use plain 'random'.", line);
    }

    [Theory]
    [InlineData(":x")]
    [InlineData(" ")]
    public async Task A_malformed_agent_spec_has_no_parameter_suffix(string spec)
    {
        string line = await UsageErrors.LineAsync("run", "Test/Steps-v0", "--agent", spec);

        Assert.EndsWith(".", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_of_another_kind_is_named_with_the_right_article()
    {
        string path = _folder["brain.ckpt"];
        ElmanCheckpoint.Save(path, new ElmanNetwork(4));

        string line = await UsageErrors.LineAsync("run", "CatMouse-v0", "--episodes", "1", "--agent", "lstm:" + path);

        Assert.Contains("kind 'elman-brain'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a 'elman-brain'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_league_is_one_short_line()
    {
        string db = _folder["league.db"];
        var played = await Rlgym.RunAsync(["arena", "catmouse", "--cats", "random,teacher", "--mice", "random,teacher", "--episodes", "50", "--db", db]);
        Assert.True(played.ExitCode == 0, played.ToString());
        byte[] bytes = File.ReadAllBytes(db);
        for (int i = 2 * 4096; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(bytes[i] * 7 + 13);
        }
        File.WriteAllBytes(db, bytes);

        string line = await UsageErrors.LineAsync("arena", "--db", db, "--show");

        Assert.StartsWith($"rlgym: error: League database '{db}' is damaged: SQLite's quick check finds ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("***", line, StringComparison.Ordinal);
        Assert.True(line.Length < 400, line);
    }

    [Fact]
    public async Task One_game_is_one_game()
    {
        var result = await Rlgym.RunAsync(["train", "--max-games", "1", "--measure-every", "1", "--out", _folder["one"]]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" after 1 game in ", result.Out, StringComparison.Ordinal);
    }
}
