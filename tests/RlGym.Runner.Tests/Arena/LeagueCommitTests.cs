using Microsoft.Data.Sqlite;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Runner.Tests.Arena;

/// <summary>A finished run is never thrown away: it is committed after a wait, or kept in a pending file that imports later.</summary>
public sealed class LeagueCommitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-league-commit-").FullName;
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    public LeagueCommitTests() => CatMouseEnvironments.Register(_environments, _agents);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_run_whose_league_stays_locked_is_kept_in_a_pending_file_that_imports_when_the_lock_is_gone()
    {
        string db = Path.Combine(_folder, "league.db");
        LeagueDatabase.Record(db, Play(1), DateTimeOffset.UtcNow);
        var run = Play(2);
        var started = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var retries = new List<(int, int)>();
        LeagueCommit commit;
        using (var reader = HoldReadLock(db))
        {
            commit = LeagueCommit.Commit(db, run, started, attempts: 2, timeoutSeconds: 1, (attempt, of) => retries.Add((attempt, of)));
        }

        Assert.False(commit.Committed);
        Assert.Equal([(2, 2)], retries);
        Assert.Contains("locked", commit.Reason, StringComparison.Ordinal);
        string pending = Assert.IsType<string>(commit.PendingPath);
        Assert.StartsWith(db + ".pending-", pending, StringComparison.Ordinal);
        Assert.Equal(1, LeagueDatabase.Read(db).Runs);

        var (kept, keptStarted) = PendingLeagueRun.Read(pending);
        Assert.Equal(started, keptStarted);
        Assert.Equal(run.Episodes, kept.Episodes);
        Assert.Equal(run.Pairings, kept.Pairings);

        var imported = LeagueDatabase.Import(db, pending);
        Assert.False(File.Exists(pending));
        var table = LeagueDatabase.Read(db);
        Assert.Equal(2, table.Runs);
        Assert.Equal(imported.Run, table.LastRunId);
        Assert.Equal(run.Pairings, table.LastRun);

        // The same two runs committed directly give the same league.
        string direct = Path.Combine(_folder, "direct.db");
        LeagueDatabase.Record(direct, Play(1), DateTimeOffset.UtcNow);
        LeagueDatabase.Record(direct, run, started);
        Assert.Equal(LeagueDatabase.Read(direct).Standings, table.Standings);
    }

    [Fact]
    public void A_run_whose_league_is_freed_while_it_waits_is_committed_on_the_next_attempt()
    {
        string db = Path.Combine(_folder, "league.db");
        LeagueDatabase.Record(db, Play(1), DateTimeOffset.UtcNow);
        var reader = HoldReadLock(db);

        var commit = LeagueCommit.Commit(db, Play(2), DateTimeOffset.UtcNow, attempts: 3, timeoutSeconds: 1, (_, _) => reader.Dispose());

        Assert.True(commit.Committed);
        Assert.Null(commit.PendingPath);
        Assert.Equal(2, LeagueDatabase.Read(db).Runs);
        Assert.Empty(Directory.GetFiles(_folder, "*.pending-*"));
    }

    [Fact]
    public void A_league_left_with_a_hot_journal_by_a_crash_mid_commit_is_read_as_it_was_before_that_commit()
    {
        string db = Path.Combine(_folder, "league.db"), crashed = Path.Combine(_folder, "crashed.db");
        LeagueDatabase.Record(db, Play(1), DateTimeOffset.UtcNow);
        var before = LeagueDatabase.Read(db);
        using (var writer = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            writer.Open();
            Execute(writer, null, "PRAGMA cache_size = 10");
            using var transaction = writer.BeginTransaction(deferred: false);
            // Far more changed pages than the cache holds: SQLite journals the originals and spills changes into the file.
            Execute(writer, transaction, """
                CREATE TABLE scratch (x BLOB);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO scratch SELECT randomblob(1000) FROM n;
                DELETE FROM episodes;
                """);
            // What a crash at this moment leaves behind: the half-written file and its hot journal.
            File.Copy(db, crashed);
            File.Copy(db + "-journal", crashed + "-journal");
            transaction.Rollback();
        }
        Assert.True(new FileInfo(crashed + "-journal").Length > 0);

        var after = LeagueDatabase.Read(crashed);

        Assert.Equal(before.Runs, after.Runs);
        Assert.Equal(before.Episodes, after.Episodes);
        Assert.Equal(before.Standings, after.Standings);
        Assert.Equal(before.LastRun, after.LastRun);
    }

    private static SqliteConnection HoldReadLock(string db)
    {
        // A reader in the middle of a read transaction holds a shared lock: a commit cannot get the file.
        var reader = new SqliteConnection($"Data Source={db};Pooling=False");
        reader.Open();
        var reading = reader.BeginTransaction(deferred: true);
        Execute(reader, reading, "SELECT COUNT(*) FROM episodes");
        return reader;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private ArenaResult Play(ulong seed) => ArenaRunner.Run(_environments, _agents, new ArenaRequest
    {
        EnvironmentId = "CatMouseDuel-v0",
        RoleA = "cat",
        RoleB = "mouse",
        AgentsA = ["teacher", "random"],
        AgentsB = ["teacher", "random"],
        Episodes = 100,
        Seed = seed,
    });
}
