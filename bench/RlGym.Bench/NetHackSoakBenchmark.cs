using BenchmarkDotNet.Attributes;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// The soak: 1,000,000 random task-action steps of NetHackScore-v0 (the default engine: NetHack built from source,
/// one private copy of the game library per game) over many episodes (a 1,000-step limit makes episodes many).
/// Before, during and after, it counts this process's child processes, threads, open descriptors, loaded copies of the
/// game library, managed memory and resident memory, and fails when any of them grew. Run with <c>--filter *NetHackSoak*</c>; the figures are printed and
/// written to <c>BenchmarkDotNet.Artifacts/results/nethack-soak.md</c>.
/// </summary>
[Config(typeof(NetHackSingleRunConfig))]
public class NetHackSoakBenchmark
{
    private const int Steps = 1_000_000;

    [Benchmark]
    public int Soak()
    {
        var registry = new EnvRegistry();
        NetHackEnvironments.Register(registry, new AgentRegistry());
        var samples = new List<(int Step, int Episodes, int Children, int Threads, int Descriptors, int Copies, long Memory, long Resident)>();
        int children0 = NetHackProcessCounts.Children(), descriptors0 = NetHackProcessCounts.Descriptors();
        int episodes = 0;
        using (var env = registry.Make<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", EnvOptions.Of(("max_episode_steps", 1000))))
        {
            var actions = new Rng(2024);
            env.Reset(seed: 2024);
            for (int step = 1; step <= Steps; step++)
            {
                if (env.Step(actions.NextInt(NetHackActions.Task.Count)).IsDone)
                {
                    episodes++;
                    env.Reset();
                }
                if (step % 50_000 == 0)
                {
                    samples.Add((step, episodes, NetHackProcessCounts.Children(), Threads(), NetHackProcessCounts.Descriptors(), LoadedCopies(),
                        GC.GetTotalMemory(forceFullCollection: true), NetHackProcessCounts.ResidentKilobytes()));
                }
            }
        }
        int children1 = NetHackProcessCounts.Children(), descriptors1 = NetHackProcessCounts.Descriptors();
        var report = new List<string>
        {
            $"# NetHack soak: {Steps:N0} random steps, {episodes} episodes",
            "",
            $"before: {children0} child processes, {descriptors0} descriptors; after disposing: {children1} child processes, {descriptors1} descriptors",
            "",
            "| step | episodes | child processes | threads | descriptors | library copies | managed bytes | resident kB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        report.AddRange(samples.Select(s => $"| {s.Step:N0} | {s.Episodes} | {s.Children} | {s.Threads} | {s.Descriptors} | {s.Copies} | {s.Memory:N0} | {s.Resident:N0} |"));
        NetHackProcessCounts.Report("nethack-soak.md", report);
        // A game holds a few descriptors of its own while it runs (its data file, a level file), so one sample can show
        // two more than the next: growth is judged on the most seen in the first and the second half of the run, and a
        // half that happened never to catch the game with its files open is allowed those two.
        var early = samples.Take(samples.Count / 2).Skip(1).ToList();
        var late = samples.Skip(samples.Count / 2).ToList();
        if (late.Max(x => x.Children) > early.Max(x => x.Children) || late.Max(x => x.Descriptors) > early.Max(x => x.Descriptors) + 2 ||
            late.Max(x => x.Copies) > early.Max(x => x.Copies) || late.Max(x => x.Threads) > early.Max(x => x.Threads) + 4 ||
            late.Max(x => x.Memory) > early.Max(x => x.Memory) + (8 << 20) || late.Max(x => x.Resident) > early.Max(x => x.Resident) + 32 * 1024 ||
            children1 != children0 || descriptors1 != descriptors0)
        {
            throw new InvalidOperationException("The soak grew: " + string.Join("; ", report.Skip(2)));
        }
        return episodes;
    }

    private static int Threads() => Directory.GetDirectories("/proc/self/task").Length;

    /// <summary>Private copies of the game library mapped now (memory files named rlgym-nethack, told apart by inode).</summary>
    private static int LoadedCopies() =>
        File.ReadLines("/proc/self/maps").Where(l => l.Contains("memfd:rlgym-nethack", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4]).Distinct().Count();
}
