using System.Globalization;
using System.Runtime.InteropServices;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// <c>-- nethack-steps [--steps N] [--seeds 0,1,...] [--keys K+K+...] [--together]</c>: the CPU cost of each step of NetHackScore-v0
/// (random task actions, pre-sampled as <c>rlgym bench</c> does; an episode's reset counts into the step that ended
/// it), measured with the thread's own CPU clock, so the figures hold on a shared machine where wall time does not.
/// Per seed: mean, percentiles and the share of time spent in slow steps. Then, for each pair of consecutive seeds, the
/// most that two games stepped in lockstep (a vector step waits for the slower game) can give over one game:
/// 2 x mean / mean of the pairwise maximum, with no hand-off cost at all. With <c>--together</c> every seed's
/// environment runs on its own thread at the same time (independent games in one process, no lockstep), and the wall
/// time and steps per second of the whole run are printed too.
/// </summary>
public static partial class NetHackLockstepReport
{
    private const string BaselineKeys = "glyphs+chars+colors+specials+blstats+message+tty_chars+tty_colors+tty_cursor";

    public static int Run(string[] args)
    {
        if (args[0] != "nethack-steps")
        {
            return -1;
        }
        int steps = 50_000;
        var seeds = new List<ulong> { 0, 1, 2, 3, 4 };
        string keys = BaselineKeys;
        bool together = false;
        for (int i = 1; i < args.Length; i += 2)
        {
            if (args[i] == "--together")
            {
                together = true;
                i--;
                continue;
            }
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"nethack-steps: '{args[i]}' needs a value");
                return 2;
            }
            switch (args[i])
            {
                case "--steps":
                    steps = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seeds":
                    seeds = [.. args[i + 1].Split(',').Select(s => ulong.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--keys":
                    keys = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine($"nethack-steps: unknown option '{args[i]}' (expected --steps, --seeds or --keys)");
                    return 2;
            }
        }
        var registry = new EnvRegistry();
        NetHackEnvironments.Register(registry, new AgentRegistry());
        var costs = new List<double[]>();
        var resets = new List<HashSet<int>>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NetHackScore-v0, {steps:N0} steps per seed, keys {keys}; thread CPU microseconds per step"));
        Console.WriteLine("seed | mean | p50 | p90 | p99 | max | share of time in steps over 100 us | episodes");
        var runs = new (double[] Micros, HashSet<int> Ends)[seeds.Count];
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (together)
        {
            var threads = seeds.Select((seed, i) => new Thread(() =>
            {
                var micros = Measure(registry, seed, steps, keys, out var ends);
                runs[i] = (micros, ends);
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
            double wall = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seeds.Count} environments on {seeds.Count} threads at once: {wall:F2} s of wall time including set-up and warm-up, {(double)steps * seeds.Count / wall:N0} steps/s"));
        }
        else
        {
            for (int i = 0; i < seeds.Count; i++)
            {
                var micros = Measure(registry, seeds[i], steps, keys, out var ends);
                runs[i] = (micros, ends);
            }
        }
        for (int r = 0; r < seeds.Count; r++)
        {
            ulong seed = seeds[r];
            var (micros, ends) = runs[r];
            int episodes = ends.Count;
            costs.Add(micros);
            resets.Add(ends);
            var sorted = micros.Order().ToArray();
            double total = micros.Sum();
            double slow = micros.Where(m => m > 100).Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed} | {total / micros.Length:F1} | {sorted[sorted.Length / 2]:F1} | {sorted[sorted.Length * 9 / 10]:F1} | {sorted[sorted.Length * 99 / 100]:F1} | {sorted[^1]:F0} | {slow / total:P1} | {episodes}, resets {ends.Sum(e => micros[e]) / Math.Max(1, episodes):F0} us each, {ends.Sum(e => micros[e]) / total:P1} of the time"));
        }
        Console.WriteLine("seeds | mean of both | mean of pairwise max | lockstep bound (2 envs / 1 env) | the same without the steps that reset");
        for (int i = 0; i + 1 < costs.Count; i++)
        {
            var a = costs[i];
            var b = costs[i + 1];
            double mean = (a.Average() + b.Average()) / 2;
            double max = a.Zip(b, Math.Max).Average();
            // Steps that reset: the most expensive step of each episode is taken for it (a reset costs milliseconds).
            var (sa, sb) = (WithoutResets(a, resets[i]), WithoutResets(b, resets[i + 1]));
            double meanSteps = (sa.Average() + sb.Average()) / 2;
            double maxSteps = sa.Zip(sb, Math.Max).Average();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seeds[i]},{seeds[i + 1]} | {mean:F1} | {max:F1} | {2 * mean / max:F2} | {2 * meanSteps / maxSteps:F2}"));
        }
        return 0;
    }

    private static double[] WithoutResets(double[] micros, HashSet<int> resets) =>
        [.. micros.Select((m, i) => resets.Contains(i) ? double.NaN : m).Where(m => !double.IsNaN(m))];

    private static double[] Measure(EnvRegistry registry, ulong seed, int steps, string keys, out HashSet<int> ends)
    {
        using var env = registry.Make<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", EnvOptions.Of(("observation_keys", keys)));
        env.ActionSpace.Seed(seed);
        var actions = new int[4096];
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = env.ActionSpace.Sample();
        }
        env.Reset(seed);
        // Warm-up (the JIT's tiers) on a throwaway stretch, then the game of this seed from its start.
        for (int i = 0; i < 2_000; i++)
        {
            if (env.Step(actions[i & 4095]).IsDone)
            {
                env.Reset();
            }
        }
        env.Reset(seed);
        var micros = new double[steps];
        ends = [];
        long before = ThreadCpuNanoseconds();
        for (int i = 0; i < steps; i++)
        {
            if (env.Step(actions[i & 4095]).IsDone)
            {
                ends.Add(i);
                env.Reset();
            }
            long now = ThreadCpuNanoseconds();
            micros[i] = (now - before) / 1000.0;
            before = now;
        }
        return micros;
    }

    private static unsafe long ThreadCpuNanoseconds()
    {
        long* time = stackalloc long[2];
        if (ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }
        return time[0] * 1_000_000_000 + time[1];
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static unsafe partial int ClockGetTime(int clock, long* time);
}
