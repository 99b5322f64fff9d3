using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RlGym.Agents.CatMouse.Elman;
using RlGym.Agents.CatMouse.Imitation;

namespace RlGym.Cli.Training;

/// <summary>
/// <c>rlgym train --table</c>: the seed's hidden-size experiment. For hidden 16, 32, 64 and 128 and seeds 0..N-1 the Elman
/// brain trains to the stop rule (smoothed error x 4 below 1.2); the table shows the median games and wall time next to
/// the figures the seed reports. Runs go in parallel, one per core; each run's wall time is its own.
/// </summary>
internal static class HiddenSizeTableCommand
{
    private static readonly (int Hidden, long Games, string Time)[] SeedFigures =
    [
        (16, 716_342, "8m40s"), (32, 239_721, "3m29s"), (64, 216_513, "3m13s"), (128, 279_732, "5m45s"),
    ];

    public static async Task<int> ExecuteAsync(CliContext context, StartCellSource random, int seeds, long maxGames, bool json, CancellationToken cancellationToken)
    {
        var runs = SeedFigures.SelectMany(f => Enumerable.Range(0, seeds).Select(s => (f.Hidden, Seed: (ulong)s))).ToList();
        var results = new ConcurrentBag<(int Hidden, ulong Seed, long Games, double Seconds, bool Reached)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            await Task.Run(() => Parallel.ForEach(runs.OrderByDescending(r => r.Hidden), parallel, run =>
            {
                var clock = Stopwatch.StartNew();
                var trainer = new ElmanImitationTrainer(new ElmanTrainingOptions { Hidden = run.Hidden, Seed = run.Seed, Random = random });
                while (!trainer.ReachedTarget && trainer.Games < maxGames && !cancellationToken.IsCancellationRequested)
                {
                    trainer.PlayGame();
                }
                if (!cancellationToken.IsCancellationRequested)
                {
                    results.Add((run.Hidden, run.Seed, trainer.Games, clock.Elapsed.TotalSeconds, trainer.ReachedTarget));
                }
            }), CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Print what finished.
        }
        var rows = SeedFigures.Select(f =>
        {
            var mine = results.Where(r => r.Hidden == f.Hidden).OrderBy(r => r.Seed).ToList();
            return new
            {
                hidden = f.Hidden,
                seedGames = f.Games,
                seedTime = f.Time,
                runs = mine.Count,
                reached = mine.Count(r => r.Reached),
                medianGames = Median(mine.Select(r => (double)r.Games)),
                medianSeconds = Median(mine.Select(r => r.Seconds)),
                games = mine.Select(r => r.Games).ToArray(),
                seconds = mine.Select(r => Math.Round(r.Seconds, 3)).ToArray(),
            };
        }).ToList();
        if (json)
        {
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { random = random.ToString().ToLowerInvariant(), seeds, maxGames, rows }, new JsonSerializerOptions { WriteIndented = true })).ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteLineAsync($"Elman brain to the stop rule (smoothed error x 4 < 1.2), {random.ToString().ToLowerInvariant()} generator, seeds 0..{seeds - 1}, median over the runs that reached it:").ConfigureAwait(false);
            await context.Out.WriteLineAsync("hidden  seed: games   seed: time  ours: games (median)  ours: time (median)  reached  games per seed").ConfigureAwait(false);
            foreach (var r in rows)
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{r.hidden,6}  {r.seedGames,11:N0}  {r.seedTime,10}  {r.medianGames,20:N0}  {r.medianSeconds,18:0.00} s  {r.reached,3}/{r.runs,-3}  {string.Join(" ", r.games.Select(g => g.ToString("N0", CultureInfo.InvariantCulture)))}")).ConfigureAwait(false);
            }
        }
        if (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("rlgym: interrupted; the table shows the runs that finished").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        return ExitCodes.Success;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
