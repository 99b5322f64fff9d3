using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary><c>rlgym arena doom-duel</c>: the Doom duel as an arena game, rated in a league.</summary>
public sealed class DoomDuelArenaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_teacher_outrates_random_in_a_seeded_league_as_either_player()
    {
        string db = _folder["duel.db"];
        var result = await Rlgym.RunAsync(
            ["arena", "doom-duel", "--player1", "teacher,random", "--player2", "teacher,random", "--episodes", "1", "--seed", "0", "--threads", "2", "--db", db, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var pairings = json.RootElement.GetProperty("pairings").EnumerateArray().ToList();
        Assert.Equal(4, pairings.Count);
        // One one-minute episode per pairing: the teacher frags random more often than it is fragged, as either player.
        var teacherVsRandom = pairings.Single(p => p.GetProperty("player1").GetString() == "teacher" && p.GetProperty("player2").GetString() == "random");
        var randomVsTeacher = pairings.Single(p => p.GetProperty("player1").GetString() == "random" && p.GetProperty("player2").GetString() == "teacher");
        Assert.Equal(1, teacherVsRandom.GetProperty("player1_wins").GetInt32());
        Assert.Equal(1, randomVsTeacher.GetProperty("player2_wins").GetInt32());
        var ratings = json.RootElement.GetProperty("ratings").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("role").GetString(), r.GetProperty("agent").GetString()), r => r.GetProperty("rating").GetDouble());
        Assert.True(ratings[("player1", "teacher")] > ratings[("player1", "random")], json.RootElement.GetProperty("ratings").GetRawText());
        Assert.True(ratings[("player2", "teacher")] > ratings[("player2", "random")], json.RootElement.GetProperty("ratings").GetRawText());

        var show = await Rlgym.RunAsync(["arena", "doom-duel", "--db", db, "--show"]);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("1 run(s), 4 episodes", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_games_role_option_is_a_usage_error()
    {
        var result = await Rlgym.RunAsync(["arena", "doom-duel", "--cats", "teacher", "--player2", "random", "--episodes", "1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Option '--cats' names agents of another game; doom-duel takes --player1 and --player2.", result.Error, StringComparison.Ordinal);
    }
}
