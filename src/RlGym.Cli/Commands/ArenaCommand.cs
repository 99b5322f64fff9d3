using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Arena;
using RlGym.Cli.Cluster;
using RlGym.Cluster.Hosting;
using RlGym.Cli.Hosting;
using RlGym.Cli.Output;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Runner.Arena;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym arena catmouse --cats A,B --mice C,D</c>: every cat against every mouse in CatMouseDuel-v0 (or, with the
/// game <c>catmouse-contest</c>, in CatMouseContest-v0; with <c>doom-duel --player1 A,B --player2 C,D</c>, every
/// player1 against every player2 in Doom/Duel-v0) on all cores;
/// per pairing the catch rate, mean steps to a catch and mean returns with 95% intervals; Glicko-2 ratings per agent and
/// role; <c>--db FILE</c> records the run in an SQLite league (one transaction), <c>--show</c> prints its standings;
/// <c>--csv</c> and <c>--json</c> export. Agents and the database are checked before anything is played, and nothing
/// is written to the database when the run fails or is interrupted. A finished run is never thrown away: when another
/// process holds the league's lock at commit time, the run waits and retries (saying so), and if the lock still cannot
/// be had it is kept in <c>DB.pending-TIME.json</c>, the table is printed anyway, and <c>--import</c> commits it later
/// (exit code 75 until then).
/// </summary>
internal static class ArenaCommand
{
    public static Command Create(CommandRunner runner)
    {
        var game = new Argument<string?>("GAME") { Description = "The game: catmouse (CatMouseDuel-v0), catmouse-contest (CatMouseContest-v0) or doom-duel (Doom/Duel-v0)", Arity = ArgumentArity.ZeroOrOne };
        game.AcceptOnlyFromAmong([.. ArenaGame.All.Select(g => g.Name)]);
        // Each game names its two roles' options; every one exists on the command, and a game takes only its own.
        var roles = new Dictionary<string, Option<string[]>>(StringComparer.Ordinal)
        {
            [ArenaGame.CatMouse.OptionA] = Agents(ArenaGame.CatMouse.OptionA, "The cats: agent specs separated by commas (random, teacher, lstm:PATH, elman:PATH, ...)"),
            [ArenaGame.CatMouse.OptionB] = Agents(ArenaGame.CatMouse.OptionB, "The mice: agent specs separated by commas"),
            [ArenaGame.DoomDuel.OptionA] = Agents(ArenaGame.DoomDuel.OptionA, "doom-duel: player1's agents, specs separated by commas (random, teacher, ...)"),
            [ArenaGame.DoomDuel.OptionB] = Agents(ArenaGame.DoomDuel.OptionB, "doom-duel: player2's agents, specs separated by commas"),
        };
        var episodes = CommonOptions.Count("--episodes", 1000, "Episodes per pairing", "N", SizeLimits.ArenaEpisodes);
        var seed = CommonOptions.Seed("Seeds every episode (episode e starts the same in every pairing); default 0");
        var database = new Option<string?>("--db") { Description = "An SQLite league file: the run is recorded there and ratings carry over between runs", HelpName = "FILE" };
        var show = new Option<bool>("--show") { Description = "Print the standings of the league in --db and its latest run, and play nothing" };
        var csv = new Option<string?>("--csv") { Description = "Also write the pairing table as CSV to FILE", HelpName = "FILE" };
        var threads = CommonOptions.Count("--threads", Environment.ProcessorCount, "Worker threads (the results do not depend on it); default every core", "N", SizeLimits.Threads);
        var lanes = CommonOptions.Count("--lanes", 64, "Games each agent plays side by side, so brains act in batches", "N", ArenaRequest.MaxLanes);
        var lockTimeout = CommonOptions.Count("--lock-timeout", 30, $"Seconds each of {CommitAttempts} attempts waits for another process holding the league's lock before the run is kept in a pending file", "S", 3600);
        var import = new Option<string?>("--import") { Description = "Commit a run kept in a pending file (DB.pending-TIME.json) to the league in --db, and play nothing", HelpName = "FILE" };
        var json = CommonOptions.Json();
        var cluster = new ClusterOptions();
        var command = new Command("arena", "Pit agents against each other and rate them (Glicko-2), optionally in a persistent SQLite league")
        {
            game, episodes, seed, database, show, csv, threads, lanes, lockTimeout, import, json,
        };
        foreach (var option in roles.Values)
        {
            command.Options.Add(option);
        }
        cluster.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = new Settings(
                parsed.GetValue(game), roles.ToDictionary(r => r.Key, r => Split(parsed.GetValue(r.Value)), StringComparer.Ordinal), parsed.GetValue(episodes), parsed.GetValue(seed) ?? 0,
                parsed.GetValue(database), parsed.GetValue(show), parsed.GetValue(csv), parsed.GetValue(threads), parsed.GetValue(lanes), parsed.GetValue(json),
                parsed.GetValue(lockTimeout), parsed.GetValue(import),
                parsed.GetValue(cluster.Name) is not null || parsed.GetValue(cluster.Redis) is not null ? cluster.Read(parsed, parsed.GetValue(cluster.Name)) : null);
            return runner.RunAsync("arena", parsed, cancellationToken, (services, token) => ExecuteAsync(runner.Context, services, settings, token));
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext context, IServiceProvider services, Settings settings, CancellationToken cancellationToken)
    {
        var game = ArenaGame.Named(settings.Game);
        if (settings.Import is not null)
        {
            return await ImportAsync(context, services, game, settings).ConfigureAwait(false);
        }
        if (settings.Show)
        {
            return await ShowAsync(context, game, settings).ConfigureAwait(false);
        }
        if (settings.Game is null)
        {
            throw new UserInputException("Name the game to play (rlgym arena catmouse --cats ... --mice ..., or doom-duel --player1 ... --player2 ...), or print a league with --db FILE --show.");
        }
        foreach (var (option, specs) in settings.Roles)
        {
            if (specs.Length > 0 && option != game.OptionA && option != game.OptionB)
            {
                throw new UserInputException($"Option '{option}' names agents of another game; {game.Name} takes {game.OptionA} and {game.OptionB}.");
            }
        }
        var request = new ArenaRequest
        {
            EnvironmentId = game.EnvironmentId,
            RoleA = game.RoleA,
            RoleB = game.RoleB,
            AgentsA = Require(settings.Roles[game.OptionA], game.OptionA),
            AgentsB = Require(settings.Roles[game.OptionB], game.OptionB),
            Episodes = settings.Episodes,
            Seed = settings.Seed,
            Threads = settings.Threads,
            Lanes = settings.Lanes,
        };
        var environments = services.GetRequiredService<EnvRegistry>();
        var agents = services.GetRequiredService<AgentRegistry>();
        // Everything the user can get wrong is checked before a game is played or the league is touched.
        ArenaRunner.Check(environments, agents, request);
        if (settings.Database is not null)
        {
            LeagueDatabase.Validate(settings.Database);
        }
        if (settings.Csv is not null)
        {
            OutputChecks.RequireWritableFile("--csv", settings.Csv);
        }
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
        log.LogInformation("Arena {Environment}: {A} x {B} agents, {Episodes} episodes per pairing, seed {Seed}, {Threads} threads, {Lanes} lanes",
            request.EnvironmentId, request.AgentsA.Count, request.AgentsB.Count, request.Episodes, request.Seed, request.Threads, request.Lanes);
        var started = DateTimeOffset.UtcNow;
        long total = (long)request.Pairings * request.Episodes, finished = 0;
        // On a cluster the blocks are played by the silos' workers (--threads of them on each silo); the league is the same.
        var work = settings.Cluster is { } cluster
            ? ClusterArenaRun.RunAsync(services, cluster, request, done => Interlocked.Exchange(ref finished, done), cancellationToken)
            : Task.Run(() => ArenaRunner.Run(environments, agents, request, done => Interlocked.Exchange(ref finished, done), cancellationToken), CancellationToken.None);
        string description = string.Create(CultureInfo.InvariantCulture, $"arena: {request.Pairings} pairings x {request.Episodes:N0} episodes");
        var result = await ProgressDisplay.TrackAsync(context, !settings.Json, description, work, () => (double)Interlocked.Read(ref finished) / total).ConfigureAwait(false);
        log.LogInformation("Arena played {Steps} agent-steps in {Seconds:0.000} s ({Rate:0} agent-steps/s)", result.AgentSteps, result.Seconds, result.AgentStepsPerSecond);
        if (settings.Csv is not null)
        {
            ArenaReport.WriteCsv(settings.Csv, game, result.Pairings);
        }
        IReadOnlyList<LeagueStanding> ratings;
        long? run = null;
        string? pending = null;
        if (settings.Database is { } db)
        {
            var commit = LeagueCommit.Commit(db, result, started, CommitAttempts, settings.LockTimeout, (attempt, attempts) =>
            {
                log.LogWarning("League {Database} is locked by another process; attempt {Attempt} of {Attempts} to record the run", db, attempt, attempts);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rlgym: league {db} is locked by another process; waiting up to {settings.LockTimeout} s more to record the run (attempt {attempt} of {attempts})"));
            });
            if (commit.Record is { } recorded)
            {
                run = recorded.Run;
                ratings = [.. recorded.Ratings.OrderBy(s => s.Role == game.RoleB).ThenByDescending(s => s.Rating.Rating)];
                log.LogInformation("Recorded run {Run} in league {Database}", run, db);
            }
            else
            {
                pending = commit.PendingPath!;
                log.LogWarning("Could not record the run in league {Database} ({Reason}); kept it in {Pending}", db, commit.Reason, pending);
                ratings = RateAlone(game, request, result);
            }
        }
        else
        {
            ratings = RateAlone(game, request, result);
        }
        string? importHint = pending is null ? null : $"rlgym: the run is not in league {settings.Database} (locked by another process); it is kept in {pending}: record it with rlgym arena --db {settings.Database} --import {pending}";
        if (settings.Json)
        {
            ArenaReport.WriteJson(context.Out, game, result, ratings, pending is null ? settings.Database : null, run);
            if (importHint is not null)
            {
                await context.Error.WriteLineAsync(importHint).ConfigureAwait(false);
                return ExitCodes.Pending;
            }
            return ExitCodes.Success;
        }
        var o = context.Out;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{request.EnvironmentId}: {request.Pairings} pairing(s) x {request.Episodes:N0} episodes, seed {request.Seed}")).ConfigureAwait(false);
        ArenaReport.WritePairings(o, game, result.Pairings);
        await o.WriteLineAsync().ConfigureAwait(false);
        await o.WriteLineAsync(settings.Database is null ? "Glicko-2 ratings from this run (record runs in a league with --db FILE):"
            : pending is not null ? $"Glicko-2 ratings from this run alone (not yet in {settings.Database}):"
            : $"Glicko-2 ratings in {settings.Database} (run {run}):").ConfigureAwait(false);
        ArenaReport.WriteStandings(o, ratings);
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.AgentSteps:N0} agent-steps in {result.Seconds:0.00} s: {result.AgentStepsPerSecond:N0} agent-steps/s on {(settings.Cluster is null ? $"{request.Threads} thread(s)" : $"cluster {settings.Cluster.Name}, {request.Threads} worker(s) per silo")}")).ConfigureAwait(false);
        if (settings.Csv is not null)
        {
            await o.WriteLineAsync($"Wrote {settings.Csv}").ConfigureAwait(false);
        }
        if (importHint is not null)
        {
            await context.Error.WriteLineAsync(importHint).ConfigureAwait(false);
            return ExitCodes.Pending;
        }
        return ExitCodes.Success;
    }

    private static async Task<int> ImportAsync(CliContext context, IServiceProvider services, ArenaGame game, Settings settings)
    {
        if (settings.Database is null)
        {
            throw new UserInputException("Option '--import' commits a pending run to a league: give the league with --db FILE.");
        }
        var recorded = LeagueDatabase.Import(settings.Database, settings.Import!, settings.LockTimeout);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym").LogInformation("Imported {Pending} into league {Database} as run {Run}", settings.Import, settings.Database, recorded.Run);
        if (settings.Json)
        {
            return await ShowAsync(context, game, settings).ConfigureAwait(false);
        }
        await context.Out.WriteLineAsync($"Recorded {settings.Import} in {settings.Database} as run {recorded.Run} (and deleted the pending file).").ConfigureAwait(false);
        return await ShowAsync(context, game, settings).ConfigureAwait(false);
    }

    private static IReadOnlyList<LeagueStanding> RateAlone(ArenaGame game, ArenaRequest request, ArenaResult result)
    {
        var (afterA, afterB) = ArenaRatings.Rate(result, [.. request.AgentsA.Select(_ => Glicko2Rating.Newcomer)], [.. request.AgentsB.Select(_ => Glicko2Rating.Newcomer)]);
        return [.. Standings(game.RoleA, request.AgentsA, afterA, request), .. Standings(game.RoleB, request.AgentsB, afterB, request)];
    }

    private static async Task<int> ShowAsync(CliContext context, ArenaGame game, Settings settings)
    {
        if (settings.Database is null)
        {
            throw new UserInputException("Option '--show' prints a league: give its file with --db FILE.");
        }
        var table = LeagueDatabase.Read(settings.Database);
        if (settings.Json)
        {
            ArenaReport.WriteJson(context.Out, game, table);
            return ExitCodes.Success;
        }
        var o = context.Out;
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"League {table.Path}: {table.Runs} run(s), {table.Episodes:N0} episodes")).ConfigureAwait(false);
        if (table.Runs == 0)
        {
            return ExitCodes.Success;
        }
        ArenaReport.WriteStandings(o, table.Standings);
        await o.WriteLineAsync().ConfigureAwait(false);
        await o.WriteLineAsync($"Latest run ({table.LastRunId}):").ConfigureAwait(false);
        ArenaReport.WritePairings(o, game, table.LastRun);
        return ExitCodes.Success;
    }

    private static IEnumerable<LeagueStanding> Standings(string role, IReadOnlyList<string> specs, Glicko2Rating[] ratings, ArenaRequest request) =>
        specs.Select((spec, i) => new LeagueStanding(role, spec, ratings[i], (long)request.Episodes * (request.Pairings / specs.Count), 1))
            .OrderByDescending(s => s.Rating.Rating);

    private static Option<string[]> Agents(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "SPEC,SPEC",
    };

    private static string[] Split(string[]? items) =>
        items is null ? [] : [.. items.SelectMany(item => item.Split(',', StringSplitOptions.TrimEntries))];

    private static string[] Require(string[] specs, string option) =>
        specs.Length > 0 ? specs : throw new UserInputException($"Option '{option}' is missing; give one or more agent specs separated by commas (such as {option} teacher,random).");

    private const int CommitAttempts = 4;

    private sealed record Settings(
        string? Game, IReadOnlyDictionary<string, string[]> Roles, int Episodes, ulong Seed, string? Database, bool Show, string? Csv, int Threads, int Lanes, bool Json,
        int LockTimeout, string? Import, ClusterSettings? Cluster);
}
