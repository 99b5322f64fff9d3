using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Bench;

/// <summary>
/// <c>-- doom-labels [episodes]</c>: what a pixels-only student can learn of the teacher on DefendTheCenter. The teacher
/// plays seeds 1000 on (80x60 grey, frame skip 1, the student's settings); each decision is tallied by whether a
/// monster shows on screen (any pixel of the labels buffer) and by the teacher's action, so the share of turns made
/// toward monsters no frame shows (a direction the student cannot see) is counted.
/// </summary>
internal static class DoomLabelReport
{
    public static void Run(int episodes)
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        var options = EnvOptions.Of(("resolution", "80x60"), ("screen_format", "gray"), ("frame_skip", 1));
        using var env = environments.Make<IReadOnlyDictionary<string, object>, int>(DoomScenarios.DefendTheCenter.Id, options);
        var teacher = agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace, env.ActionSpace, null, null));
        if (!env.TryGetPrivileged<DoomState>(out var source))
        {
            throw new InvalidOperationException("No DoomState.");
        }
        // With one button at most, action 0 is none and action j holds button n - j.
        var buttons = DoomScenarios.DefendTheCenter.Buttons;
        string[] names = [.. Enumerable.Range(0, buttons.Count + 1).Select(a => a == 0 ? "none" : buttons[buttons.Count - a].ToString())];
        var tally = new long[2, names.Length];
        long withAmmo = 0, all = 0;
        for (int episode = 0; episode < episodes; episode++)
        {
            var observation = env.Reset((ulong)(1000 + episode)).Observation;
            teacher.BeginEpisode((ulong)(1000 + episode));
            while (true)
            {
                var state = source.PrivilegedState;
                bool onScreen = false;
                var objects = state.Objects;
                foreach (byte label in state.LabelsBuffer)
                {
                    if (label > 0 && objects[label - 1].IsMonster)
                    {
                        onScreen = true;
                        break;
                    }
                }
                int action = teacher.Act(observation);
                tally[onScreen ? 1 : 0, action]++;
                all++;
                withAmmo += state.Player.Ammo > 0 ? 1 : 0;
                var result = env.Step(action);
                observation = result.Observation;
                if (result.IsDone)
                {
                    break;
                }
            }
        }
        Console.WriteLine($"Doom/DefendTheCenter-v0, the teacher on seeds 1000-{1000 + episodes - 1} (80x60 grey, frame skip 1): {all} decisions, {withAmmo} with ammunition left");
        for (int seen = 1; seen >= 0; seen--)
        {
            long row = Enumerable.Range(0, names.Length).Sum(a => tally[seen, a]);
            Console.WriteLine(FormattableString.Invariant($"  monster on screen: {(seen == 1 ? "yes" : "no "),-3} {row,7} decisions ({100.0 * row / all:F1}%):") +
                string.Concat(Enumerable.Range(0, names.Length).Select(a => FormattableString.Invariant($"  {names[a]} {100.0 * tally[seen, a] / Math.Max(1, row):F1}%"))));
        }
    }
}
