using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.Doom;
using RlGym.Envs.Doom.Environment;

namespace RlGym.Bench;

/// <summary>
/// <c>-- doom-vector [vector steps] [copies]</c>: the native Doom vector of DefendTheCenter (160x120 RGB, frame skip 1,
/// random actions, next-step autoreset) stepped by one thread and by one thread per core, and one copy alone, in
/// frames per second of CPU time and of wall time with the bytes allocated per vector step. One thread against one
/// copy shows what the copies' memory costs (their frames, depth and observations no longer fit a core's caches); one
/// thread per core against one thread shows the scaling and, in CPU time, what the hand-off costs.
/// </summary>
internal static class DoomVectorReport
{
    public static void Run(int steps, int copies)
    {
        var environments = new EnvRegistry();
        DoomEnvironments.Register(environments, new Core.Agents.AgentRegistry());
        var spec = environments.Spec(DoomScenarios.DefendTheCenter.Id);
        Console.WriteLine($"uptime: {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var (count, threads) in new[] { (1, 1), (copies, 1), (copies, Environment.ProcessorCount), (1, 1), (copies, 1), (copies, Environment.ProcessorCount) })
        {
            var context = new VectorContext(spec, EnvOptions.Empty, count, null, AutoresetMode.NextStep);
            using var vector = new DoomVectorEnvironment(DoomScenarios.DefendTheCenter, context, threads);
            var rng = new Rng(5);
            var actions = new int[4096 * count];
            for (int i = 0; i < actions.Length; i++)
            {
                actions[i] = rng.NextInt(4);
            }
            vector.Reset(seed: 0);
            int calls = Math.Max(1, steps / count);
            var t = StepTiming.Measure(Math.Max(1, calls / 10), calls, i => vector.Step(actions.AsSpan((i & 4095) * count, count)));
            Console.WriteLine(FormattableString.Invariant(
                $"{count} copies, {threads} thread(s): {t.PerCpuSecond * count,9:F0} frames/s of CPU time, {t.PerWallSecond * count,9:F0} frames/s of wall time, {t.BytesPerStep:F1} bytes allocated per vector step ({calls} vector steps)"));
        }
        Console.WriteLine($"uptime: {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
