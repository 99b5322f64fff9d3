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
/// Doom figures that BenchmarkDotNet does not give: the teacher's mean return per scenario
/// (<c>-- doom-teacher [episodes]</c>) and renderer frames per second of CPU time as well as of wall time
/// (<c>-- doom-frames [frames]</c>), which stays meaningful when other processes share the cores, and where a
/// step's time goes (<c>-- doom-profile [steps]</c>: DefendTheCenter with random actions, adding one phase at a time);
/// the duel's steps per second and the teacher against random (<c>-- doom-duel [steps]</c>, <see cref="DoomDuelReport"/>);
/// the native vector by one thread and by one per core (<c>-- doom-vector [frames] [copies]</c>, <see cref="DoomVectorReport"/>);
/// the teacher's DefendTheCenter actions with and without a monster on screen (<c>-- doom-labels [episodes]</c>, <see cref="DoomLabelReport"/>).
/// </summary>
public static class DoomReports
{
    public static int Run(string[] args)
    {
        if (args[0] is not ("doom-teacher" or "doom-frames" or "doom-profile" or "doom-duel" or "doom-vector" or "doom-labels"))
        {
            return -1;
        }
        int count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        switch (args[0])
        {
            case "doom-teacher":
                Teacher(count > 0 ? count : 100);
                return 0;
            case "doom-frames":
                Frames(count > 0 ? count : 200_000);
                return 0;
            case "doom-profile":
                DoomProfile.Run(count > 0 ? count : 200_000);
                return 0;
            case "doom-duel":
                DoomDuelReport.Run(count > 0 ? count : 100_000);
                return 0;
            case "doom-labels":
                DoomLabelReport.Run(count > 0 ? count : 20);
                return 0;
            case "doom-vector":
                DoomVectorReport.Run(count > 0 ? count : 400_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8);
                return 0;
            default:
                return -1;
        }
    }

    private static void Teacher(int episodes)
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        Console.WriteLine($"Doom agents, {episodes} episodes per scenario, seeds 0..{episodes - 1}, frame_skip 1");
        foreach (var scenario in DoomScenarios.All)
        {
            foreach (string agent in new[] { "teacher", "random" })
            {
                using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(scenario.Id);
                var player = agents.Create(agent, new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
                var returns = new double[episodes];
                int terminated = 0, goals = 0;
                long steps = 0;
                for (int episode = 0; episode < episodes; episode++)
                {
                    var observation = env.Reset((ulong)episode).Observation;
                    player.BeginEpisode((ulong)episode);
                    while (true)
                    {
                        var result = env.Step(player.Act(observation));
                        returns[episode] += result.Reward;
                        observation = result.Observation;
                        steps++;
                        if (result.IsDone)
                        {
                            terminated += result.Terminated ? 1 : 0;
                            goals += result.Terminated && env.TryGetPrivileged<DoomState>(out var state) && !state.PrivilegedState.Player.Dead ? 1 : 0;
                            break;
                        }
                    }
                }
                double mean = returns.Average();
                double sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, episodes - 1));
                Console.WriteLine(FormattableString.Invariant(
                    $"{scenario.Id,-26} {agent,-8} mean return {mean,9:F2}  sd {sd,8:F2}  min {returns.Min(),8:F2}  max {returns.Max(),8:F2}  ended alive {goals,3}/{episodes}, dead {terminated - goals,3}, timed out {episodes - terminated,3}  mean length {steps / (double)episodes,6:F1}"));
            }
        }
    }

    private static void Frames(int frames)
    {
        var world = new DoomWorld(DoomScenarios.DefendTheCenter, DoomMap.BuiltIn("defend_the_center"));
        world.Reset(new Rng(7));
        for (int tic = 0; tic < 60; tic++)
        {
            world.Tick(0);
        }
        world.SyncView();
        foreach (var (width, height, gray) in new[] { (160, 120, false), (84, 84, true), (320, 240, false), (160, 120, false) })
        {
            var renderer = new DoomRenderer(new ScreenSettings(width, height, gray, Weapon: true), acidFloor: false);
            var observation = new byte[width * height * (gray ? 1 : 3)];
            for (int i = 0; i < 20_000; i++)
            {
                renderer.Render(world);
                renderer.WriteObservation(observation);
            }
            var process = Process.GetCurrentProcess();
            var clock = new Stopwatch();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            clock.Start();
            for (int i = 0; i < frames; i++)
            {
                renderer.Render(world);
                renderer.WriteObservation(observation);
            }
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"{width}x{height} {(gray ? "gray" : "rgb "),4}: {frames / cpu,9:F0} frames/s of CPU time, {frames / clock.Elapsed.TotalSeconds,9:F0} frames/s of wall time, {allocated} bytes allocated over {frames} frames"));
        }
    }
}
