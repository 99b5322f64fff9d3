using Microsoft.Data.Sqlite;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Runner.Tests.Arena;

public sealed class LeagueDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-league-").FullName;
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    public LeagueDatabaseTests() => CatMouseEnvironments.Register(_environments, _agents);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private ArenaResult Play(ulong seed = 3, string[]? cats = null) => ArenaRunner.Run(_environments, _agents, new ArenaRequest
    {
        EnvironmentId = "CatMouseDuel-v0",
        RoleA = "cat",
        RoleB = "mouse",
        AgentsA = cats ?? ["teacher", "random"],
        AgentsB = ["teacher", "random"],
        Episodes = 100,
        Seed = seed,
    });

    [Fact]
    public void Runs_build_a_league_whose_ratings_carry_over()
    {
        string db = PathOf("league.db");
        long first = LeagueDatabase.Record(db, Play(1), DateTimeOffset.UtcNow).Run;
        var afterOne = LeagueDatabase.Read(db);
        long second = LeagueDatabase.Record(db, Play(2), DateTimeOffset.UtcNow).Run;
        var afterTwo = LeagueDatabase.Read(db);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(2, afterTwo.Runs);
        Assert.Equal(2 * 4 * 100, afterTwo.Episodes);
        Assert.Equal(["cat", "cat", "mouse", "mouse"], afterTwo.Standings.Select(s => s.Role));
        Assert.Equal("teacher", afterTwo.Standings[0].Agent);
        Assert.True(afterTwo.Standings[0].Rating.Rating > afterTwo.Standings[1].Rating.Rating);
        var teacherCat = (One: afterOne.Standings[0], Two: afterTwo.Standings[0]);
        Assert.True(teacherCat.Two.Rating.Deviation < teacherCat.One.Rating.Deviation, "a second run should make the rating surer");
        Assert.Equal(2, teacherCat.Two.Runs);
        Assert.Equal(400, teacherCat.Two.Episodes);
        Assert.Equal(4, afterTwo.LastRun.Count);
        Assert.Equal(second, afterTwo.LastRunId);
    }

    [Fact]
    public void The_ratings_of_a_first_run_are_those_of_one_glicko2_period_from_newcomers()
    {
        string db = PathOf("league.db");
        var result = Play();
        LeagueDatabase.Record(db, result, DateTimeOffset.UtcNow);
        var (cats, _) = ArenaRatings.Rate(result, [Glicko2Rating.Newcomer, Glicko2Rating.Newcomer], [Glicko2Rating.Newcomer, Glicko2Rating.Newcomer]);

        var stored = LeagueDatabase.Read(db).Standings.Single(s => s is { Role: "cat", Agent: "random" });

        Assert.Equal(cats[1].Rating, stored.Rating.Rating, 9);
        Assert.Equal(cats[1].Deviation, stored.Rating.Deviation, 9);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_as_it_was()
    {
        string db = PathOf("garbage.db");
        byte[] bytes = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))];
        File.WriteAllBytes(db, bytes);

        var validate = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Validate(db));
        var record = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Record(db, Play(), DateTimeOffset.UtcNow));

        Assert.Contains("not an intact SQLite database", validate.Message, StringComparison.Ordinal);
        Assert.Contains(db, record.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(db));
    }

    [Fact]
    public void An_sqlite_file_of_another_program_is_refused_and_left_as_it_was()
    {
        string db = PathOf("other.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me');";
            command.ExecuteNonQuery();
        }
        byte[] before = File.ReadAllBytes(db);

        var error = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Record(db, Play(), DateTimeOffset.UtcNow));

        Assert.Contains("not an RlGym league", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void A_league_another_process_is_writing_is_reported_locked()
    {
        string db = PathOf("league.db");
        LeagueDatabase.Record(db, Play(), DateTimeOffset.UtcNow);
        using var other = new SqliteConnection($"Data Source={db};Pooling=False");
        other.Open();
        using var writing = other.BeginTransaction(deferred: false);

        var error = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Validate(db));

        Assert.Contains("is locked by another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_that_cannot_finish_leaves_the_league_as_it_was()
    {
        string db = PathOf("league.db");
        LeagueDatabase.Record(db, Play(1), DateTimeOffset.UtcNow);
        var before = LeagueDatabase.Read(db);
        using (var reader = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            reader.Open();
            // A reader in the middle of a read transaction holds a shared lock: the run's commit cannot get the file.
            using var reading = reader.BeginTransaction(deferred: true);
            using var query = reader.CreateCommand();
            query.Transaction = reading;
            query.CommandText = "SELECT COUNT(*) FROM episodes";
            query.ExecuteScalar();

            var error = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Record(db, Play(2, ["teacher", "random", "Random"]), DateTimeOffset.UtcNow, timeoutSeconds: 1));
            Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        }

        var after = LeagueDatabase.Read(db);
        Assert.Equal(before.Runs, after.Runs);
        Assert.Equal(before.Episodes, after.Episodes);
        Assert.Equal(before.Standings, after.Standings);
    }

    [Fact]
    public void Reading_a_missing_league_names_the_file()
    {
        string db = PathOf("missing.db");

        var error = Assert.Throws<LeagueFileException>(() => LeagueDatabase.Read(db));

        Assert.Contains(db, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }
}
