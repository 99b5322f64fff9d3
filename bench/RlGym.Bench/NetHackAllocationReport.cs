using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.NetHack;

namespace RlGym.Bench;

/// <summary>
/// <c>-- nethack-alloc [--steps N] [--seed S] [--keys K+K+...]</c>: the bytes a step of NetHackScore-v0 (engine source,
/// random task actions, resets included when an episode ends) allocates on the stepping thread
/// (<c>GC.GetAllocatedBytesForCurrentThread</c>), on three paths: the buffered step (<c>StepInto</c> into one reused
/// buffer, what <c>rlgym bench</c> and a learner's rollout take), the NetHack vector of one game (observations refilled
/// in place; one game keeps the vector on this thread) and the plain step (a fresh observation each step, which the
/// caller may keep). Default keys unless <c>--keys</c>. A reset allocates (the episode's info, its log line), so the
/// figure is given over the whole run and over the steps that did not end an episode.
/// </summary>
public static class NetHackAllocationReport
{
    public static int Run(string[] args)
    {
        if (args[0] != "nethack-alloc")
        {
            return -1;
        }
        int steps = 20_000;
        ulong seed = 0;
        string? keys = null;
        for (int i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"nethack-alloc: '{args[i]}' needs a value");
                return 2;
            }
            switch (args[i])
            {
                case "--steps":
                    steps = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--keys":
                    keys = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine($"nethack-alloc: unknown option '{args[i]}' (expected --steps, --seed or --keys)");
                    return 2;
            }
        }
        var registry = new EnvRegistry();
        NetHackEnvironments.Register(registry, new AgentRegistry());
        var options = keys is null ? EnvOptions.Empty : EnvOptions.Of(("observation_keys", keys));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NetHackScore-v0 (engine source), seed {seed}, {steps:N0} random task steps after 2,000 of warm-up, keys {keys ?? "default"}"));
        Console.WriteLine("path | bytes allocated per step (all steps) | steps at an episode's end (or the vector's reset after it) | bytes per step over the other steps | of those, steps that allocated anything");
        Report("StepInto (buffered)", Buffered(registry, options, seed, steps));
        Report("NetHack vector, 1 game", Vector(registry, options, seed, steps));
        Report("Step (plain)", Plain(registry, options, seed, steps));
        return 0;
    }

    private static void Report(string path, (StepTiming Timing, long BoundaryBytes, int Boundaries, int Allocating) run)
    {
        double others = (run.Timing.AllocatedBytes - run.BoundaryBytes) / (double)(run.Timing.Steps - run.Boundaries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path} | {run.Timing.BytesPerStep:F1} | {run.Boundaries} | {others:F1} | {run.Allocating}"));
    }

    private static int[] Actions(Func<int> sample)
    {
        var actions = new int[4096];
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = sample();
        }
        return actions;
    }

    /// <summary>
    /// Times <paramref name="steps"/> steps after a warm-up; a step that returns true ended an episode, and its bytes
    /// and those of the step after it (where a vector resets) go to the episode-boundary count.
    /// </summary>
    private static (StepTiming, long, int, int) Run(int steps, Func<int, bool> step)
    {
        long boundaryBytes = 0;
        int boundaries = 0, allocating = 0;
        bool timed = false, afterEnd = false;
        var timing = StepTiming.Measure(2_000, steps, i =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool done = step(i);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (timed && (done || afterEnd))
            {
                boundaryBytes += bytes;
                boundaries++;
            }
            else if (timed && bytes > 0)
            {
                allocating++;
            }
            afterEnd = done;
        }, () => timed = true);
        return (timing, boundaryBytes, boundaries, allocating);
    }

    private static (StepTiming, long, int, int) Buffered(EnvRegistry registry, EnvOptions options, ulong seed, int steps)
    {
        using var env = registry.Make<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", options);
        env.ActionSpace.Seed(seed);
        var actions = Actions(env.ActionSpace.Sample);
        if (!env.TryGetBufferedStep<int>(out var buffered))
        {
            throw new InvalidOperationException("NetHackScore-v0 has no buffered step.");
        }
        var observation = new byte[buffered.ObservationLength];
        buffered.ResetInto(observation, seed);
        return Run(steps, i =>
        {
            if (!buffered.StepInto(actions[i & 4095], observation).IsDone)
            {
                return false;
            }
            buffered.ResetInto(observation);
            return true;
        });
    }

    private static (StepTiming, long, int, int) Vector(EnvRegistry registry, EnvOptions options, ulong seed, int steps)
    {
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", 1, options);
        vector.SingleActionSpace.Seed(seed);
        var actions = Actions(vector.SingleActionSpace.Sample);
        vector.Reset(seed);
        var action = new int[1];
        return Run(steps, i =>
        {
            action[0] = actions[i & 4095];
            var result = vector.Step(action);
            return result.Terminated[0] || result.Truncated[0];
        });
    }

    private static (StepTiming, long, int, int) Plain(EnvRegistry registry, EnvOptions options, ulong seed, int steps)
    {
        using var env = registry.Make<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", options);
        env.ActionSpace.Seed(seed);
        var actions = Actions(env.ActionSpace.Sample);
        env.Reset(seed);
        return Run(steps, i =>
        {
            if (!env.Step(actions[i & 4095]).IsDone)
            {
                return false;
            }
            env.Reset();
            return true;
        });
    }
}
