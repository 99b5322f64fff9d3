using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RlGym.Runner.Arena;

/// <summary>
/// A league in one SQLite file: every arena run, its pairings and episodes, and every agent's Glicko-2 rating per role,
/// so repeated runs build a league. <see cref="Record"/> writes a run in one transaction (<c>BEGIN IMMEDIATE</c> ... commit):
/// a run killed at any point leaves the file as it was before the run or with the whole run, never part of it
/// (SQLite's rollback journal restores it on the next open). Ratings are read and updated inside that transaction, so
/// two arenas writing to one league never lose each other's updates. Each run is one Glicko-2 rating period; agents
/// that did not play in a run keep their rating. A run that cannot be committed is kept by <see cref="LeagueCommit"/>
/// in a <see cref="PendingLeagueRun"/> file and committed later by <see cref="Import"/>. Reading a league whose last
/// writer crashed mid-commit (a hot rollback journal) lets SQLite roll the journal back first.
/// </summary>
internal static class LeagueDatabase
{
    /// <summary>The SQLite application id of an RlGym league ("RLGy").</summary>
    public const int ApplicationId = 0x524C4779;

    /// <summary>The schema version this code writes (SQLite's user_version).</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] Tables = ["agents", "episodes", "pairings", "ratings", "runs"];

    /// <summary>
    /// Checks, without writing anything, that <paramref name="path"/> can take a run: either no file is there yet, or it is
    /// an intact RlGym league that no other process is writing.
    /// </summary>
    /// <exception cref="LeagueFileException">When the file is locked, corrupt, not SQLite, not a league, or from a newer schema.</exception>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    public static void Validate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        RequireFolder(path);
        if (!File.Exists(path))
        {
            return;
        }
        using var connection = Open(path, SqliteOpenMode.ReadWrite, timeoutSeconds: 1);
        Use(path, () =>
        {
            RequireLeague(path, connection, null);
            using var probe = connection.BeginTransaction(deferred: false);
            probe.Rollback();
        });
    }

    /// <summary>Writes <paramref name="result"/> as a new run and updates the ratings of its agents; returns the run's id and those ratings.</summary>
    /// <param name="path">The database file; created with the league's schema when missing.</param>
    /// <param name="result">The arena run.</param>
    /// <param name="started">When the run started (stored as UTC).</param>
    /// <param name="timeoutSeconds">How long to wait for another process's write to finish.</param>
    /// <exception cref="LeagueFileException">When the file is locked past the timeout, corrupt, not SQLite, not a league, or from a newer schema; nothing is written.</exception>
    public static LeagueRecord Record(string path, ArenaResult result, DateTimeOffset started, int timeoutSeconds = 30)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(result);
        RequireFolder(path);
        using var connection = Open(path, SqliteOpenMode.ReadWriteCreate, timeoutSeconds);
        return Use(path, () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            bool empty = RequireLeague(path, connection, transaction);
            if (empty)
            {
                CreateSchema(connection, transaction);
            }
            long run = WriteRun(connection, transaction, result, started);
            var request = result.Request;
            var idsA = request.AgentsA.Select(a => AgentId(connection, transaction, a, request.RoleA)).ToArray();
            var idsB = request.AgentsB.Select(b => AgentId(connection, transaction, b, request.RoleB)).ToArray();
            WritePairings(connection, transaction, run, result, idsA, idsB);
            WriteEpisodes(connection, transaction, run, result.Episodes);
            UpdateRatings(connection, transaction, run, result, idsA, idsB);
            var ratings = idsA.Concat(idsB).Select(id => ReadStanding(connection, transaction, id)).ToList();
            transaction.Commit();
            return new LeagueRecord(run, ratings);
        });
    }

    /// <summary>
    /// Commits the run kept in <paramref name="pending"/> (<see cref="PendingLeagueRun"/>) to the league at
    /// <paramref name="path"/>, rated against the league's ratings now, then deletes the pending file.
    /// </summary>
    /// <exception cref="FileNotFoundException">When there is no pending file.</exception>
    /// <exception cref="InvalidDataException">When the pending file is damaged.</exception>
    /// <exception cref="LeagueFileException">When the league is locked, corrupt or not a league; the pending file is kept.</exception>
    public static LeagueRecord Import(string path, string pending, int timeoutSeconds = 30)
    {
        var (result, started) = PendingLeagueRun.Read(pending);
        var record = Record(path, result, started, timeoutSeconds);
        File.Delete(pending);
        return record;
    }

    /// <summary>Reads the standings and the latest run's pairings.</summary>
    /// <exception cref="LeagueFileException">When there is no file at <paramref name="path"/>, or the file is locked, corrupt, not SQLite, not a league, or from a newer schema.</exception>
    public static LeagueTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new LeagueFileException(path, $"No league database at '{path}'; an arena run with --db {path} creates it.");
        }
        // A hot rollback journal (a writer crashed mid-commit) needs a connection that may write to roll it back; the
        // rollback restores the league as it was before that commit, which is all a reader would ever see.
        bool hotJournal = File.Exists(path + "-journal") && new FileInfo(path + "-journal").Length > 0;
        using var connection = Open(path, hotJournal ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly, timeoutSeconds: 5);
        return Use(path, () =>
        {
            if (RequireLeague(path, connection, null))
            {
                return new LeagueTable(path, 0, 0, [], [], 0);
            }
            int runs = (int)Scalar<long>(connection, null, "SELECT COUNT(*) FROM runs");
            long episodes = Scalar<long>(connection, null, "SELECT COUNT(*) FROM episodes");
            var standings = new List<LeagueStanding>();
            using (var command = Command(connection, null, $"""
                SELECT {StandingColumns} FROM agents
                ORDER BY (SELECT MIN(id) FROM agents AS first WHERE first.role = agents.role), rating DESC, spec
                """))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    standings.Add(Standing(reader));
                }
            }
            long last = runs == 0 ? 0 : Scalar<long>(connection, null, "SELECT MAX(id) FROM runs");
            return new LeagueTable(path, runs, episodes, standings, last == 0 ? [] : ReadPairings(connection, last), last);
        });
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode, int timeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            Use(path, connection.Open);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return connection;
    }

    private static void Use(string path, Action action) => Use(path, () =>
    {
        action();
        return 0;
    });

    private static T Use<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException error)
        {
            throw Explain(path, error);
        }
    }

    private static LeagueFileException Explain(string path, SqliteException error) => error.SqliteErrorCode switch
    {
        5 or 6 => new LeagueFileException(path, $"League database '{path}' is locked by another process (another arena writing to it?); try again when it has finished.", error, locked: true),
        11 or 26 => new LeagueFileException(path, $"'{path}' is not an intact SQLite database (SQLite says: {OneLine(error)}); give --db a league file or a new path.", error),
        8 or 14 or 23 => new LeagueFileException(path, $"League database '{path}' cannot be opened or written (SQLite says: {OneLine(error)}).", error),
        _ => new LeagueFileException(path, $"League database '{path}' failed: {OneLine(error)}.", error),
    };

    private static string OneLine(SqliteException error) => error.Message.Replace('\n', ' ').Replace('\r', ' ').TrimEnd('.');

    // True for a file with no tables and no league stamp (new or empty); throws for anything that is not an RlGym league.
    private static bool RequireLeague(string path, SqliteConnection connection, SqliteTransaction? transaction)
    {
        long application = Scalar<long>(connection, transaction, "PRAGMA application_id");
        long version = Scalar<long>(connection, transaction, "PRAGMA user_version");
        long tables = Scalar<long>(connection, transaction, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table'");
        if (application == 0 && version == 0 && tables == 0)
        {
            return true;
        }
        if (application != ApplicationId)
        {
            throw new LeagueFileException(path, $"'{path}' is an SQLite database but not an RlGym league (application id {application}, expected {ApplicationId}); give --db a league file or a new path.");
        }
        if (version > SchemaVersion)
        {
            throw new LeagueFileException(path, $"League database '{path}' has schema version {version}; this rlgym reads up to {SchemaVersion}: use a newer rlgym.");
        }
        string check = Scalar<string>(connection, transaction, "PRAGMA quick_check");
        if (check != "ok")
        {
            throw new LeagueFileException(path, $"League database '{path}' is damaged: {DescribeDamage(check)}; restore it from a copy or start a new league with another --db.");
        }
        foreach (string table in Tables)
        {
            if (Scalar<long>(connection, transaction, $"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '{table}'") == 0)
            {
                throw new LeagueFileException(path, $"League database '{path}' lacks its '{table}' table; it is damaged.");
            }
        }
        return false;
    }

    private static void CreateSchema(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, $"""
            PRAGMA application_id = {ApplicationId};
            PRAGMA user_version = {SchemaVersion};
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                started_utc TEXT NOT NULL,
                environment TEXT NOT NULL,
                role_a TEXT NOT NULL,
                role_b TEXT NOT NULL,
                seed TEXT NOT NULL,
                episodes_per_pairing INTEGER NOT NULL,
                lanes INTEGER NOT NULL,
                agent_steps INTEGER NOT NULL,
                seconds REAL NOT NULL);
            CREATE TABLE agents (
                id INTEGER PRIMARY KEY,
                spec TEXT NOT NULL,
                role TEXT NOT NULL,
                rating REAL NOT NULL,
                deviation REAL NOT NULL,
                volatility REAL NOT NULL,
                episodes INTEGER NOT NULL,
                runs INTEGER NOT NULL,
                UNIQUE (spec, role));
            CREATE TABLE pairings (
                run_id INTEGER NOT NULL REFERENCES runs (id),
                pairing INTEGER NOT NULL,
                agent_a INTEGER NOT NULL REFERENCES agents (id),
                agent_b INTEGER NOT NULL REFERENCES agents (id),
                episodes INTEGER NOT NULL,
                wins_a INTEGER NOT NULL,
                wins_b INTEGER NOT NULL,
                draws INTEGER NOT NULL,
                win_rate_a REAL NOT NULL,
                win_rate_a_low REAL NOT NULL,
                win_rate_a_high REAL NOT NULL,
                mean_steps_to_win_a REAL,
                mean_return_a REAL NOT NULL,
                return_a_half_width REAL NOT NULL,
                mean_return_b REAL NOT NULL,
                return_b_half_width REAL NOT NULL,
                PRIMARY KEY (run_id, pairing));
            CREATE TABLE episodes (
                run_id INTEGER NOT NULL,
                pairing INTEGER NOT NULL,
                episode INTEGER NOT NULL,
                return_a REAL NOT NULL,
                return_b REAL NOT NULL,
                steps INTEGER NOT NULL,
                terminated INTEGER NOT NULL,
                PRIMARY KEY (run_id, pairing, episode)) WITHOUT ROWID;
            CREATE TABLE ratings (
                run_id INTEGER NOT NULL REFERENCES runs (id),
                agent_id INTEGER NOT NULL REFERENCES agents (id),
                rating REAL NOT NULL,
                deviation REAL NOT NULL,
                volatility REAL NOT NULL,
                PRIMARY KEY (run_id, agent_id));
            """);
    }

    private static long WriteRun(SqliteConnection connection, SqliteTransaction transaction, ArenaResult result, DateTimeOffset started)
    {
        var r = result.Request;
        using var command = Command(connection, transaction, """
            INSERT INTO runs (started_utc, environment, role_a, role_b, seed, episodes_per_pairing, lanes, agent_steps, seconds)
            VALUES ($started, $environment, $a, $b, $seed, $episodes, $lanes, $steps, $seconds) RETURNING id
            """);
        command.Parameters.AddWithValue("$started", started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$environment", r.EnvironmentId);
        command.Parameters.AddWithValue("$a", r.RoleA);
        command.Parameters.AddWithValue("$b", r.RoleB);
        command.Parameters.AddWithValue("$seed", r.Seed.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$episodes", r.Episodes);
        command.Parameters.AddWithValue("$lanes", r.Lanes);
        command.Parameters.AddWithValue("$steps", result.AgentSteps);
        command.Parameters.AddWithValue("$seconds", result.Seconds);
        return (long)command.ExecuteScalar()!;
    }

    private static long AgentId(SqliteConnection connection, SqliteTransaction transaction, string spec, string role)
    {
        var newcomer = Glicko2Rating.Newcomer;
        using var command = Command(connection, transaction, """
            INSERT INTO agents (spec, role, rating, deviation, volatility, episodes, runs) VALUES ($spec, $role, $rating, $deviation, $volatility, 0, 0)
            ON CONFLICT (spec, role) DO UPDATE SET spec = excluded.spec RETURNING id
            """);
        command.Parameters.AddWithValue("$spec", spec);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$rating", newcomer.Rating);
        command.Parameters.AddWithValue("$deviation", newcomer.Deviation);
        command.Parameters.AddWithValue("$volatility", newcomer.Volatility);
        return (long)command.ExecuteScalar()!;
    }

    private static void WritePairings(SqliteConnection connection, SqliteTransaction transaction, long run, ArenaResult result, long[] idsA, long[] idsB)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO pairings VALUES ($run, $pairing, $a, $b, $episodes, $winsA, $winsB, $draws, $rate, $low, $high, $steps, $returnA, $halfA, $returnB, $halfB)
            """);
        var parameters = Parameters(command, "$run", "$pairing", "$a", "$b", "$episodes", "$winsA", "$winsB", "$draws", "$rate", "$low", "$high", "$steps", "$returnA", "$halfA", "$returnB", "$halfB");
        int countB = idsB.Length;
        foreach (var p in result.Pairings)
        {
            object[] values =
            [
                run, p.Index, idsA[p.Index / countB], idsB[p.Index % countB], p.Episodes, p.WinsA, p.WinsB, p.Draws, p.WinRateA, p.WinRateALow, p.WinRateAHigh,
                double.IsNaN(p.MeanStepsToWinA) ? DBNull.Value : p.MeanStepsToWinA, p.MeanReturnA, p.ReturnAHalfWidth, p.MeanReturnB, p.ReturnBHalfWidth,
            ];
            for (int i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            command.ExecuteNonQuery();
        }
    }

    private static void WriteEpisodes(SqliteConnection connection, SqliteTransaction transaction, long run, IReadOnlyList<ArenaEpisode> episodes)
    {
        using var command = Command(connection, transaction, "INSERT INTO episodes VALUES ($run, $pairing, $episode, $a, $b, $steps, $terminated)");
        var p = Parameters(command, "$run", "$pairing", "$episode", "$a", "$b", "$steps", "$terminated");
        p[0].Value = run;
        command.Prepare();
        foreach (var e in episodes)
        {
            p[1].Value = e.Pairing;
            p[2].Value = e.Episode;
            p[3].Value = e.ReturnA;
            p[4].Value = e.ReturnB;
            p[5].Value = e.Steps;
            p[6].Value = e.Terminated ? 1 : 0;
            command.ExecuteNonQuery();
        }
    }

    // One Glicko-2 period (ArenaRatings), from the ratings as they are inside this transaction.
    private static void UpdateRatings(SqliteConnection connection, SqliteTransaction transaction, long run, ArenaResult result, long[] idsA, long[] idsB)
    {
        var (afterA, afterB) = ArenaRatings.Rate(result,
            [.. idsA.Select(id => ReadRating(connection, transaction, id))], [.. idsB.Select(id => ReadRating(connection, transaction, id))]);
        using var update = Command(connection, transaction,
            "UPDATE agents SET rating = $rating, deviation = $deviation, volatility = $volatility, episodes = episodes + $episodes, runs = runs + 1 WHERE id = $id");
        var u = Parameters(update, "$rating", "$deviation", "$volatility", "$episodes", "$id");
        using var history = Command(connection, transaction, "INSERT INTO ratings VALUES ($run, $id, $rating, $deviation, $volatility)");
        var h = Parameters(history, "$run", "$id", "$rating", "$deviation", "$volatility");
        var request = result.Request;
        foreach (var (id, after, opponents) in idsA.Zip(afterA, (id, r) => (id, r, request.AgentsB.Count))
            .Concat(idsB.Zip(afterB, (id, r) => (id, r, request.AgentsA.Count))))
        {
            u[0].Value = h[2].Value = after.Rating;
            u[1].Value = h[3].Value = after.Deviation;
            u[2].Value = h[4].Value = after.Volatility;
            u[3].Value = (long)opponents * request.Episodes;
            u[4].Value = h[1].Value = id;
            h[0].Value = run;
            update.ExecuteNonQuery();
            history.ExecuteNonQuery();
        }
    }

    private const string StandingColumns = "role, spec, rating, deviation, volatility, episodes, runs";

    private static LeagueStanding Standing(SqliteDataReader reader) => new(reader.GetString(0), reader.GetString(1),
        new Glicko2Rating(reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4)), reader.GetInt64(5), reader.GetInt32(6));

    private static LeagueStanding ReadStanding(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        using var read = Command(connection, transaction, $"SELECT {StandingColumns} FROM agents WHERE id = $id");
        read.Parameters.AddWithValue("$id", id);
        using var reader = read.ExecuteReader();
        reader.Read();
        return Standing(reader);
    }

    private static Glicko2Rating ReadRating(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        using var read = Command(connection, transaction, "SELECT rating, deviation, volatility FROM agents WHERE id = $id");
        read.Parameters.AddWithValue("$id", id);
        using var reader = read.ExecuteReader();
        reader.Read();
        return new Glicko2Rating(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2));
    }

    private static List<ArenaPairing> ReadPairings(SqliteConnection connection, long run)
    {
        using var command = Command(connection, null, """
            SELECT p.pairing, a.spec, b.spec, p.episodes, p.wins_a, p.wins_b, p.draws, p.win_rate_a, p.win_rate_a_low, p.win_rate_a_high,
                   p.mean_steps_to_win_a, p.mean_return_a, p.return_a_half_width, p.mean_return_b, p.return_b_half_width
            FROM pairings AS p JOIN agents AS a ON a.id = p.agent_a JOIN agents AS b ON b.id = p.agent_b
            WHERE p.run_id = $run ORDER BY p.pairing
            """);
        command.Parameters.AddWithValue("$run", run);
        using var reader = command.ExecuteReader();
        var pairings = new List<ArenaPairing>();
        while (reader.Read())
        {
            pairings.Add(new ArenaPairing(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                reader.GetInt32(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9), reader.IsDBNull(10) ? double.NaN : reader.GetDouble(10),
                reader.GetDouble(11), reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14)));
        }
        return pairings;
    }

    // SQLite's check lists every problem (thousands of lines for a scrambled file): one line with the count and the first.
    private static string DescribeDamage(string check)
    {
        string[] problems = [.. check.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("***", StringComparison.Ordinal))];
        string first = problems.Length == 0 ? "no details" : problems[0];
        if (first.Length > 100)
        {
            first = first[..100] + "...";
        }
        return problems.Length <= 1 ? $"SQLite's quick check says '{first}'" : $"SQLite's quick check finds {problems.Length} problems, the first '{first}'";
    }

    private static void RequireFolder(string path)
    {
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new LeagueFileException(path, $"The folder of league database '{path}' does not exist: '{folder}'.");
        }
        if (Directory.Exists(path))
        {
            throw new LeagueFileException(path, $"'{path}' is a folder; --db expects a league database file.");
        }
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, params string[] names) =>
        [.. names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))];

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return (T)command.ExecuteScalar()!;
    }
}
