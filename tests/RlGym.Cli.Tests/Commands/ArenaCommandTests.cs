using System.Text.Json;
using RlGym.Cli.Tests.Fixtures;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

public sealed class ArenaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string[] Arena(params string[] more) =>
        ["arena", "catmouse", "--cats", "teacher,random", "--mice", "teacher,random", "--episodes", "200", "--seed", "5", .. more];

    [Fact]
    public async Task The_arena_prints_every_pairing_ratings_and_the_throughput()
    {
        var result = await Rlgym.RunAsync(Arena());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("catch rate [95% CI]", result.Out, StringComparison.Ordinal);
        Assert.Contains("steps to a catch", result.Out, StringComparison.Ordinal);
        Assert.Contains("Glicko-2 ratings from this run", result.Out, StringComparison.Ordinal);
        Assert.Contains("agent-steps/s", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_and_csv_exports_hold_every_pairing_and_agree()
    {
        string csv = _folder["pairings.csv"];
        var result = await Rlgym.RunAsync(Arena("--json", "--csv", csv));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var pairings = json.RootElement.GetProperty("pairings").EnumerateArray().ToList();
        Assert.Equal(4, pairings.Count);
        Assert.Equal(4, json.RootElement.GetProperty("ratings").GetArrayLength());
        var lines = File.ReadAllLines(csv);
        Assert.Equal("cat,mouse,episodes,catches,escapes,draws,catch_rate,catch_rate_low,catch_rate_high,mean_steps_to_catch,cat_mean_return,cat_return_ci95,mouse_mean_return,mouse_return_ci95", lines[0]);
        Assert.Equal(5, lines.Length);
        for (int i = 0; i < 4; i++)
        {
            string[] cells = lines[i + 1].Split(',');
            Assert.Equal(pairings[i].GetProperty("cat").GetString(), cells[0]);
            Assert.Equal(pairings[i].GetProperty("catches").GetInt32(), int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_results_on_one_thread_or_two()
    {
        var one = await Rlgym.RunAsync(Arena("--json", "--threads", "1", "--lanes", "8"));
        var two = await Rlgym.RunAsync(Arena("--json", "--threads", "2", "--lanes", "8"));

        using var a = JsonDocument.Parse(one.Out);
        using var b = JsonDocument.Parse(two.Out);
        Assert.Equal(a.RootElement.GetProperty("pairings").GetRawText(), b.RootElement.GetProperty("pairings").GetRawText());
        Assert.Equal(a.RootElement.GetProperty("ratings").GetRawText(), b.RootElement.GetProperty("ratings").GetRawText());
    }

    [Fact]
    public async Task Runs_recorded_in_a_league_are_shown_with_standings()
    {
        string db = _folder["league.db"];
        Assert.Equal(0, (await Rlgym.RunAsync(Arena("--db", db))).ExitCode);
        var second = await Rlgym.RunAsync(["arena", "catmouse", "--cats", "teacher", "--mice", "random", "--episodes", "100", "--db", db]);
        var show = await Rlgym.RunAsync(["arena", "--db", db, "--show"]);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"Glicko-2 ratings in {db} (run 2)", second.Out, StringComparison.Ordinal);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("2 run(s), 900 episodes", show.Out, StringComparison.Ordinal);
        Assert.Contains("Latest run (2):", show.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cats", "teacher,tecaher", "Unknown agent 'tecaher'")]
    [InlineData("--mice", "lstm:/no/such/brain.ckpt", "/no/such/brain.ckpt")]
    [InlineData("--mice", "lstm", "needs a checkpoint")]
    public async Task Bad_agents_are_one_line_errors_and_leave_the_league_untouched(string option, string value, string expected)
    {
        string db = _folder["league.db"];
        Assert.Equal(0, (await Rlgym.RunAsync(["arena", "catmouse", "--cats", "teacher", "--mice", "random", "--episodes", "50", "--db", db])).ExitCode);
        byte[] before = File.ReadAllBytes(db);
        string[] args = option == "--cats"
            ? ["arena", "catmouse", "--cats", value, "--mice", "random", "--db", db]
            : ["arena", "catmouse", "--cats", "teacher", "--mice", value, "--db", db];

        var result = await Rlgym.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task An_agent_that_does_not_fit_the_duel_is_refused()
    {
        var result = await Rlgym.RunAsync(["arena", "catmouse", "--cats", "explorer", "--mice", "random"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'explorer' cannot act as 'cat'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_whose_league_stays_locked_is_kept_printed_and_imported_later()
    {
        string db = _folder["locked.db"];
        Assert.Equal(0, (await Rlgym.RunAsync(Arena("--db", db))).ExitCode);
        CliResult result;
        using (var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            // Another process reading the league holds a shared lock for the whole run: the commit cannot get the file.
            reader.Open();
            using var reading = reader.BeginTransaction(deferred: true);
            using var query = reader.CreateCommand();
            query.Transaction = reading;
            query.CommandText = "SELECT COUNT(*) FROM runs";
            query.ExecuteScalar();

            result = await Rlgym.RunAsync(Arena("--db", db, "--lock-timeout", "1"));
        }

        Assert.True(result.ExitCode == 75, result.ToString());
        Assert.Contains("catch rate [95% CI]", result.Out, StringComparison.Ordinal);
        Assert.Contains("not yet in", result.Out, StringComparison.Ordinal);
        Assert.Contains("attempt 4 of 4", result.Error, StringComparison.Ordinal);
        string pending = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(db)!, "locked.db.pending-*.json"));
        string hint = result.ErrorLines[^1];
        Assert.Contains($"rlgym arena --db {db} --import {pending}", hint, StringComparison.Ordinal);

        var imported = await Rlgym.RunAsync(["arena", "--db", db, "--import", pending]);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.False(File.Exists(pending));
        Assert.Contains("2 run(s), 1,600 episodes", imported.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_league_is_refused_and_left_as_it_was()
    {
        string db = _folder["corrupt.db"];
        byte[] garbage = [.. Enumerable.Range(0, 2048).Select(i => (byte)(255 - i % 251))];
        File.WriteAllBytes(db, garbage);

        var result = await Rlgym.RunAsync(Arena("--db", db));
        var show = await Rlgym.RunAsync(["arena", "--db", db, "--show"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an intact SQLite database", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, show.ExitCode);
        Assert.Equal(garbage, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task Show_without_a_league_and_a_missing_game_are_usage_errors()
    {
        var show = await Rlgym.RunAsync(["arena", "--show"]);
        var noGame = await Rlgym.RunAsync(["arena", "--cats", "teacher", "--mice", "random"]);
        var noMice = await Rlgym.RunAsync(["arena", "catmouse", "--cats", "teacher"]);

        Assert.Equal((2, 2, 2), (show.ExitCode, noGame.ExitCode, noMice.ExitCode));
        Assert.Contains("--db FILE", show.Error, StringComparison.Ordinal);
        Assert.Contains("Name the game", noGame.Error, StringComparison.Ordinal);
        Assert.Contains("Option '--mice' is missing", noMice.Error, StringComparison.Ordinal);
    }
}
