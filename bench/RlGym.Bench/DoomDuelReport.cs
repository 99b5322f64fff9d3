using System.Diagnostics;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Envs.Doom;

namespace RlGym.Bench;

/// <summary>
/// <c>-- doom-duel [steps]</c>: Doom/Duel-v0 stepped with random actions for both players, through the parallel API's
/// <c>Step</c> (fresh Dicts every step) and through the allocation-free path (<c>IBufferedParallelStep</c>: each
/// player's Dict made once and filled in place), in steps (two frames each) per second of CPU time and of wall time, with the bytes allocated per step;
/// then the teacher against random over 20 seeded one-minute episodes (frags and deaths of each).
/// </summary>
internal static class DoomDuelReport
{
    public static void Run(int steps)
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        using var env = environments.MakeParallel<IReadOnlyDictionary<string, object>, int>(DoomEnvironments.DuelId);
        var actions = new int[4096];
        var rng = new RlGym.Core.Random.Rng(7);
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i] = rng.NextInt(8);
        }
        var step = new Dictionary<string, int>(StringComparer.Ordinal);
        Measure("Step (fresh Dicts)", steps, () => env.Reset(seed: 0), i =>
        {
            if (env.Agents.Count == 0)
            {
                env.Reset();
            }
            step["player1"] = actions[i & 4095];
            step["player2"] = actions[(i + 1) & 4095];
            env.Step(step);
        });
        if (!env.TryGetBufferedParallelStep(out var buffered))
        {
            throw new InvalidOperationException("Doom/Duel-v0 has no allocation-free path.");
        }
        IReadOnlyDictionary<string, object>[] observations = [buffered.AllocateObservation(0), buffered.AllocateObservation(1)];
        var infos = new Info[2];
        var outcomes = new StepOutcome[2];
        var pair = new int[2];
        Measure("StepInto (reused Dicts)", steps, () => buffered.ResetInto(observations, infos, seed: 0), i =>
        {
            if (env.Agents.Count == 0)
            {
                buffered.ResetInto(observations, infos);
            }
            pair[0] = actions[i & 4095];
            pair[1] = actions[(i + 1) & 4095];
            buffered.StepInto(pair, observations, outcomes);
        });
        var state = env.TryGetPrivileged<DoomDuelState>(out var source) ? source : throw new InvalidOperationException("No DoomDuelState.");
        var teacher = agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace("player1"), env.ActionSpace("player1"), "player1", null));
        var random = agents.Create("random", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace("player2"), env.ActionSpace("player2"), "player2", null));
        long frags = 0, deaths = 0, wins = 0;
        const int Episodes = 20;
        for (int episode = 0; episode < Episodes; episode++)
        {
            var seen = env.Reset(seed: (ulong)episode).Observations;
            random.BeginEpisode((ulong)episode);
            teacher.BeginEpisode((ulong)episode);
            while (env.Agents.Count > 0)
            {
                step["player1"] = teacher.Act(seen["player1"]);
                step["player2"] = random.Act(seen["player2"]);
                seen = env.Step(step).Observations;
            }
            var p = state.PrivilegedState.Player(0);
            frags += p.FragCount;
            deaths += p.DeathCount;
            wins += p.FragCount > p.DeathCount ? 1 : 0;
        }
        Console.WriteLine(FormattableString.Invariant(
            $"teacher (player1) against random (player2), seeds 0-{Episodes - 1}, 2100 tics each: {frags / (double)Episodes:F2} frags and {deaths / (double)Episodes:F2} deaths per episode, {wins} of {Episodes} won"));
    }

    private static void Measure(string what, int steps, Action reset, Action<int> step)
    {
        reset();
        var t = StepTiming.Measure(5_000, steps, step);
        Console.WriteLine(FormattableString.Invariant(
            $"Doom/Duel-v0 {what,-26}: {t.PerCpuSecond,8:F0} steps/s of CPU time, {t.PerWallSecond,8:F0} steps/s of wall time, {t.BytesPerStep:F1} bytes allocated per step ({steps} steps, two frames each)"));
    }
}
