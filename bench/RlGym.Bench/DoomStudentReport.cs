using System.Globalization;
using RlGym.Agents.Doom;
using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Bench;

/// <summary>
/// <c>-- doom-student PATH [episodes]</c>: a trained Doom student (from <c>rlgym train doom-gps</c>) against the
/// scripted teacher on held-out seeds 1000, 1001, ... (the training run evaluates on seeds 0 to 19 and gathers on
/// random 64-bit seeds): the student in its training view, the teacher at frame_skip 1 (the reference figures of
/// <c>doom-teacher</c>) and the teacher at the student's frame skip, with the student's return as a fraction of each.
/// </summary>
public static class DoomStudentReport
{
    private const ulong FirstSeed = 1000;

    public static int Run(string[] args)
    {
        if (args[0] != "doom-student")
        {
            return -1;
        }
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: doom-student PATH [episodes]");
            return 2;
        }
        string path = args[1];
        int episodes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        DoomStudentShape shape;
        using (var student = DoomStudentFile.Load(path))
        {
            shape = student.Shape;
            Console.WriteLine($"{path}: {shape}, {student.Rounds} rounds; {episodes} episodes on seeds {FirstSeed}-{FirstSeed + (ulong)episodes - 1}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        DoomAgents.Register(agents);
        var (studentMean, studentSd) = Play(environments, agents, shape.ScenarioId, $"doom-student:{path}", shape.EnvironmentOptions(), episodes);
        var (teacherMean, teacherSd) = Play(environments, agents, shape.ScenarioId, "teacher", EnvOptions.Empty, episodes);
        Console.WriteLine(FormattableString.Invariant($"student                      mean return {studentMean,9:F2}  sd {studentSd,8:F2}"));
        Console.WriteLine(FormattableString.Invariant($"teacher, frame_skip 1        mean return {teacherMean,9:F2}  sd {teacherSd,8:F2}  student/teacher {studentMean / teacherMean:F3}"));
        if (shape.FrameSkip != 1)
        {
            var (sameSkipMean, sameSkipSd) = Play(environments, agents, shape.ScenarioId, "teacher", EnvOptions.Of(("frame_skip", shape.FrameSkip)), episodes);
            Console.WriteLine(FormattableString.Invariant($"teacher, frame_skip {shape.FrameSkip,-8} mean return {sameSkipMean,9:F2}  sd {sameSkipSd,8:F2}  student/teacher {studentMean / sameSkipMean:F3}"));
        }
        return 0;
    }

    private static (double Mean, double Sd) Play(EnvRegistry environments, AgentRegistry agents, string id, string spec, EnvOptions options, int episodes)
    {
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(id, options);
        var player = agents.Create(spec, new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        var returns = new double[episodes];
        for (int episode = 0; episode < episodes; episode++)
        {
            ulong seed = FirstSeed + (ulong)episode;
            var observation = env.Reset(seed).Observation;
            player.BeginEpisode(seed);
            while (true)
            {
                var result = env.Step(player.Act(observation));
                returns[episode] += result.Reward;
                observation = result.Observation;
                if (result.IsDone)
                {
                    break;
                }
            }
        }
        (player as IDisposable)?.Dispose();
        double mean = returns.Average();
        return (mean, Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, episodes - 1)));
    }
}
