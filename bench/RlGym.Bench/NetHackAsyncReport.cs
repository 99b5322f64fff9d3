using System.Diagnostics;
using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// <c>-- nethack-async [--seconds S] [--seed N] [--envs 1,2] [--keys K+K+...] [--objects]</c>: NetHackScore-v0 steps per
/// second through the asynchronous vector (<see cref="IAsyncVectorEnvironment{TObs,TAction}"/>, batch size 1: every
/// receive takes whichever game finished first and sends it its next action at once, so no game waits for another),
/// once per number of envs, with random task actions pre-sampled per game (action space seeded with the game's seed) and
/// NLE's baseline keys. Game i is seeded <c>seed + i</c>, as every vector seeds its copies. Same-step autoreset folds
/// each reset into the step that ended the episode, as <c>rlgym bench</c> counts them. Observations come as bytes (the
/// allocation-free step) unless <c>--objects</c> asks for the dictionaries. A tenth of the time warms up first; the
/// figures are the rest: steps/s of wall time, process CPU microseconds per step, bytes allocated per step (all
/// threads), the CPU of the caller's thread and of the copies' threads per step
/// (<see cref="ThreadCpu"/>), and each count's steps/s over the first count's.
/// </summary>
public static class NetHackAsyncReport
{
    private const string BaselineKeys = "glyphs+chars+colors+specials+blstats+message+tty_chars+tty_colors+tty_cursor";

    public static int Run(string[] args)
    {
        if (args[0] != "nethack-async")
        {
            return -1;
        }
        double seconds = 20;
        ulong seed = 0;
        int[] counts = [1, 2];
        string keys = BaselineKeys;
        bool bytes = true;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--objects")
            {
                bytes = false;
                continue;
            }
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"nethack-async: '{args[i]}' needs a value");
                return 2;
            }
            string value = args[++i];
            switch (args[i - 1])
            {
                case "--seconds":
                    seconds = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = ulong.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--envs":
                    counts = [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--keys":
                    keys = value;
                    break;
                default:
                    Console.Error.WriteLine($"nethack-async: unknown option '{args[i - 1]}' (expected --seconds, --seed, --envs, --keys or --objects)");
                    return 2;
            }
        }
        var registry = new EnvRegistry();
        NetHackEnvironments.Register(registry, new AgentRegistry());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NetHackScore-v0 through the asynchronous vector, batch size 1, {seconds:F0} s per count, seed {seed} (+i per game), keys {keys}, observations as {(bytes ? "bytes" : "dictionaries")}"));
        Console.WriteLine("envs | steps/s | steps | episodes | CPU us/step | of which the caller, the copies' threads | bytes allocated/step | load (1 min) before, after | over the first");
        double first = 0;
        foreach (int count in counts)
        {
            string loadBefore = Load();
            var (steps, episodes, wall, cpu, caller, copies, allocated) = Measure(registry, count, seconds, seed, keys, bytes);
            double rate = steps / wall;
            first = first == 0 ? rate : first;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} | {rate:N0} | {steps:N0} | {episodes:N0} | {cpu / steps * 1e6:F1} | {caller / steps * 1e6:F1}, {copies / steps * 1e6:F1} | {(double)allocated / steps:F1} | {loadBefore}, {Load()} | {rate / first:F2}x"));
        }
        return 0;
    }

    private static (long Steps, long Episodes, double Wall, double Cpu, double Caller, double Copies, long Allocated) Measure(
        EnvRegistry registry, int count, double seconds, ulong seed, string keys, bool bytes)
    {
        using var vector = registry.MakeAsyncVector<IReadOnlyDictionary<string, object>, int>(
            "NetHackScore-v0", count, batchSize: 1, EnvOptions.Of(("observation_keys", keys)), AutoresetMode.SameStep, observationBytes: bytes);
        var actions = new int[count][];
        for (int i = 0; i < count; i++)
        {
            vector.SingleActionSpace.Seed(seed + (ulong)i);
            actions[i] = [.. Enumerable.Range(0, 4096).Select(_ => vector.SingleActionSpace.Sample())];
        }
        var next = new int[count];
        int[] id = new int[1];
        int[] action = new int[1];
        vector.Reset(seed);
        for (int i = 0; i < count; i++)
        {
            Step(vector, actions, next, id, action);
        }
        // Warm-up (the JIT's tiers), then the measured stretch.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < seconds / 10)
        {
            for (int k = 0; k < 1024; k++)
            {
                Step(vector, actions, next, id, action);
            }
        }
        long steps = 0;
        long episodes = 0;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var threadsBefore = ThreadCpu.Read();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (int k = 0; k < 1024; k++)
            {
                if (Step(vector, actions, next, id, action))
                {
                    episodes++;
                }
            }
            steps += 1024;
        }
        double wall = clock.Elapsed.TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var threadsAfter = ThreadCpu.Read();
        double caller = ThreadCpu.Between(threadsBefore, threadsAfter, Environment.ProcessId);
        double copies = ThreadCpu.Between(threadsBefore, threadsAfter, "RlGym async en");
        // The games still in flight finish before the vector is disposed.
        for (int i = 0; i < count; i++)
        {
            vector.Receive();
        }
        return (steps, episodes, wall, cpu, caller, copies, allocated);
    }

    // Receives the first game to finish and sends it its next action; true when that step ended an episode.
    private static bool Step(IAsyncVectorEnvironment<IReadOnlyDictionary<string, object>, int> vector, int[][] actions, int[] next, int[] id, int[] action)
    {
        var batch = vector.Receive();
        int k = batch.EnvIds[0];
        bool done = batch.Terminated[0] || batch.Truncated[0];
        id[0] = k;
        action[0] = actions[k][next[k]++ & 4095];
        vector.Send(id, action);
        return done;
    }

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
