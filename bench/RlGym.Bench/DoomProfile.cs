using System.Diagnostics;
using System.Globalization;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;
using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Bench;

/// <summary>
/// Where a Doom step's time goes (<c>-- doom-profile [steps]</c>): DefendTheCenter at 160x120 RGB, frame skip 1,
/// random buttons, measured phase by phase (the world's tic alone, then with the frame, then with the observation
/// packed into a reused buffer, then the environment from <c>Make</c> through its wrappers, buffered and plain).
/// Rates are per second of this process's CPU time and of wall time, with bytes allocated per step.
/// </summary>
internal static class DoomProfile
{
    public static void Run(int steps)
    {
        var scenario = DoomScenarios.DefendTheCenter;
        var map = DoomMap.BuiltIn(scenario.Map);
        var world = new DoomWorld(scenario, map);
        var renderer = new DoomRenderer(new ScreenSettings(160, 120, Gray: false, Weapon: true), scenario.AcidFloor, scenario.Weapon);
        var observation = new byte[160 * 120 * 3];
        var rng = new Rng(1);
        int[] masks = [0, 1 << (int)DoomButton.TurnLeft, 1 << (int)DoomButton.TurnRight, 1 << (int)DoomButton.Attack];
        void WorldStep(int i, bool render, bool pack)
        {
            if (world.Tick(masks[i & 3]).Terminated || world.TimedOut)
            {
                world.Reset(rng);
            }
            if (render)
            {
                renderer.Render(world);
            }
            if (pack)
            {
                renderer.WriteObservation(observation);
            }
        }
        world.Reset(rng);
        Measure("world tic only", steps, i => WorldStep(i, false, false));
        Measure("tic + frame", steps, i => WorldStep(i, true, false));
        Measure("tic + frame + packed observation", steps, i => WorldStep(i, true, true));

        var environments = new EnvRegistry();
        DoomEnvironments.Register(environments, new AgentRegistry());
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(scenario.Id);
        int[] actions = new int[4096];
        env.ActionSpace.Seed(1);
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = env.ActionSpace.Sample();
        }
        if (!env.TryGetBufferedStep<int>(out var buffered))
        {
            throw new InvalidOperationException("The Doom environment from Make has no buffered step.");
        }
        var buffer = new byte[buffered.ObservationLength];
        buffered.ResetInto(buffer, 1);
        Measure("Make: StepInto (reused buffer)", steps, i =>
        {
            if (buffered.StepInto(actions[i & 4095], buffer).IsDone)
            {
                buffered.ResetInto(buffer);
            }
        });
        env.Reset(1);
        Measure("Make: Step (fresh observation)", steps, i =>
        {
            if (env.Step(actions[i & 4095]).IsDone)
            {
                env.Reset();
            }
        });
    }

    private static void Measure(string phase, int steps, Action<int> step)
    {
        var t = StepTiming.Measure(Math.Min(steps, 20_000), steps, step);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase,-36} {t.PerCpuSecond,9:F0} steps/s of CPU time {t.PerWallSecond,9:F0} steps/s of wall time {1e6 * t.CpuSeconds / steps,7:F2} us/step  {t.BytesPerStep,8:F1} bytes/step"));
    }
}
