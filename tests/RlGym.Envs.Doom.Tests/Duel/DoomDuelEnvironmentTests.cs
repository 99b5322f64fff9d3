using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Envs.Doom.Duel;
using RlGym.Envs.Doom.Rendering;
using Xunit;

namespace RlGym.Envs.Doom.Tests.Duel;

public sealed class DoomDuelEnvironmentTests
{
    private const string P1 = "player1", P2 = "player2";

    private static IParallelEnvironment<IReadOnlyDictionary<string, object>, int> Make(EnvOptions? options = null) =>
        TestKit.Environments().MakeParallel<IReadOnlyDictionary<string, object>, int>(DoomEnvironments.DuelId, options);

    private static DoomDuelState State(IDisposable env) =>
        env.TryGetPrivileged<DoomDuelState>(out var source) ? source.PrivilegedState : throw new InvalidOperationException("No DoomDuelState.");

    private static Dictionary<string, int> Actions(int first, int second) => new() { [P1] = first, [P2] = second };

    [Fact]
    public void Each_player_observes_a_screen_and_the_duel_game_variables()
    {
        using var env = Make();
        Assert.Equal([P1, P2], env.PossibleAgents);
        Assert.Equal("Discrete(8)", env.ActionSpace(P1).ToString());
        var reset = env.Reset(seed: 3);
        foreach (string agent in env.PossibleAgents)
        {
            var observation = reset.Observations[agent];
            Assert.True(env.ObservationSpace(agent).Contains(observation));
            Assert.Equal(160 * 120 * 3, observation.Screen().Length);
            // HEALTH, DEATHCOUNT, FRAGCOUNT, DAMAGECOUNT, DEAD, AMMO2 at the start of a life.
            Assert.Equal([100f, 0f, 0f, 0f, 0f, 50f], (float[])observation[DoomObservations.GameVariables]);
        }
        Assert.NotEqual(reset.Observations[P1].Screen(), reset.Observations[P2].Screen());
    }

    [Fact]
    public void A_player_sees_the_opponent_as_a_sprite()
    {
        using var env = Make();
        var teacher = Teacher(env, P1);
        env.Reset(seed: 1);
        IReadOnlyDictionary<string, object>? seen = null;
        for (int step = 0; step < 600 && seen is null; step++)
        {
            var result = env.Step(Actions(teacher.Act(null!), 0));
            if (State(env).WouldHit(0))
            {
                seen = result.Observations[P1];
            }
        }
        Assert.NotNull(seen);
        // The same view drawn without the opponent differs from what player1 saw: the sprite is in it.
        var state = State(env);
        var me = state.Player(0);
        var renderer = new DoomRenderer(ScreenSettings.Default, acidFloor: false);
        renderer.Render(state.Map, me.X, me.Y, RlGym.Envs.Doom.World.Angles.FromDegrees(me.Angle), [], flash: false, me.Ammo, me.Health, 0);
        var without = new byte[160 * 120 * 3];
        renderer.WriteObservation(without);
        // Where the opponent stands in the cross-hair, the middle columns show it.
        var with = seen!.Screen();
        var columns = Enumerable.Range(0, with.Length).Where(i => with[i] != without[i]).Select(i => i / 3 % 160).Distinct().ToList();
        Assert.NotEmpty(columns);
        Assert.Contains(columns, x => x is 79 or 80);
        Assert.All(columns, x => Assert.InRange(x, 40, 120));
    }

    [Fact]
    public void A_frag_pays_the_shooter_one_and_costs_the_victim_one_and_the_victim_respawns_farthest_away()
    {
        using var env = Make();
        var teacher = Teacher(env, P1);
        env.Reset(seed: 5);
        ParallelStepResult<IReadOnlyDictionary<string, object>>? frag = null;
        for (int step = 0; step < 2000 && frag is null; step++)
        {
            var result = env.Step(Actions(teacher.Act(null!), 0));
            if (result.Rewards[P1] != 0 || result.Rewards[P2] != 0)
            {
                frag = result;
            }
        }
        Assert.NotNull(frag);
        var r = frag!.Value;
        Assert.Equal(1.0, r.Rewards[P1]);
        Assert.Equal(-1.0, r.Rewards[P2]);
        Assert.False(r.Terminations[P1] || r.Terminations[P2] || r.Truncations[P1]);
        var victim = State(env).Player(1);
        Assert.True(victim.Dead);
        Assert.Equal((0, 1), (victim.FragCount, victim.DeathCount));
        Assert.Equal(1, State(env).Player(0).FragCount);
        Assert.Equal([0f, 1f, 0f, 0f, 1f], ((float[])r.Observations[P2][DoomObservations.GameVariables])[..5]);
        Assert.Equal(1f, ((float[])r.Observations[P1][DoomObservations.GameVariables])[2]);
        var killer = State(env).Player(0);
        for (int tic = 0; tic < DuelWorld.RespawnDelayTics; tic++)
        {
            Assert.True(State(env).Player(1).Dead);
            env.Step(Actions(0, 0));
        }
        var respawned = State(env).Player(1);
        Assert.False(respawned.Dead);
        Assert.Equal((100, 50, 1), (respawned.Health, respawned.Ammo, respawned.DeathCount));
        var map = State(env).Map;
        double Distance(MapStart s) => Math.Pow((s.CellX + 0.5) * DoomMap.CellSize - killer.X, 2) + Math.Pow((s.CellY + 0.5) * DoomMap.CellSize - killer.Y, 2);
        var farthest = map.Starts.MaxBy(Distance);
        Assert.Equal(((farthest.CellX + 0.5) * DoomMap.CellSize, (farthest.CellY + 0.5) * DoomMap.CellSize), (respawned.X, respawned.Y));
    }

    [Fact]
    public void The_episode_timeout_truncates_both_players_and_then_stepping_is_refused()
    {
        using var env = Make(EnvOptions.Of(("episode_timeout", 20), ("frame_skip", 4)));
        env.Reset(seed: 0);
        for (int step = 0; step < 4; step++)
        {
            var result = env.Step(Actions(1, 2));
            Assert.False(result.Truncations[P1]);
        }
        var last = env.Step(Actions(1, 2));
        Assert.True(last.Truncations[P1] && last.Truncations[P2]);
        Assert.False(last.Terminations[P1] || last.Terminations[P2]);
        Assert.Equal(20, State(env).Tic);
        Assert.Empty(env.Agents);
        Assert.Throws<InvalidOperationException>(() => env.Step(Actions(0, 0)));
    }

    [Fact]
    public void The_buffered_path_plays_exactly_as_plain_steps_across_episodes()
    {
        var options = EnvOptions.Of(("episode_timeout", 30));
        using var plain = Make(options);
        using var env = Make(options);
        Assert.True(env.TryGetBufferedParallelStep(out var buffered));
        IReadOnlyDictionary<string, object>[] observations = [buffered.AllocateObservation(0), buffered.AllocateObservation(1)];
        var held = (observations[0], observations[1]);
        var infos = new Info[2];
        var outcomes = new StepOutcome[2];
        var reset = plain.Reset(seed: 9);
        buffered.ResetInto(observations, infos, seed: 9);
        Assert.Equal(reset.Observations[P1].Flat(), observations[0].Flat());
        Assert.Equal(reset.Observations[P2].Flat(), observations[1].Flat());
        var rng = new RlGym.Core.Random.Rng(4);
        int episodes = 0;
        for (int step = 0; step < 100; step++)
        {
            if (plain.Agents.Count == 0)
            {
                Assert.Empty(env.Agents);
                reset = plain.Reset();
                buffered.ResetInto(observations, infos);
                Assert.Equal(reset.Observations[P1].Flat(), observations[0].Flat());
                episodes++;
            }
            int a = rng.NextInt(8), b = rng.NextInt(8);
            var expected = plain.Step(Actions(a, b));
            buffered.StepInto([a, b], observations, outcomes);
            Assert.Equal(expected.Observations[P1].Flat(), observations[0].Flat());
            Assert.Equal(expected.Observations[P2].Flat(), observations[1].Flat());
            Assert.Equal((expected.Rewards[P1], expected.Terminations[P1], expected.Truncations[P1]), (outcomes[0].Reward, outcomes[0].Terminated, outcomes[0].Truncated));
            Assert.Equal((expected.Rewards[P2], expected.Terminations[P2], expected.Truncations[P2]), (outcomes[1].Reward, outcomes[1].Terminated, outcomes[1].Truncated));
            Assert.Equal(plain.Agents, env.Agents);
        }
        Assert.True(episodes >= 2, $"only {episodes} episodes ended, so the reset on the buffered path went untested");
        Assert.Same(held.Item1, observations[0]);
        Assert.Same(held.Item2, observations[1]);
        buffered.ResetInto(observations, infos, seed: 1);
        Assert.Throws<InvalidActionException>(() => buffered.StepInto([8, 0], observations, outcomes));
        Assert.Throws<ArgumentException>(() => buffered.StepInto([0], observations, outcomes));
        Assert.Throws<ArgumentException>(() => buffered.StepInto([0, 0], [observations[0], new Dictionary<string, object>()], outcomes));
    }

    [Fact]
    public void The_buffered_path_allocates_nothing_a_step()
    {
        using var env = Make(EnvOptions.Of(("episode_timeout", 40)));
        Assert.True(env.TryGetBufferedParallelStep(out var buffered));
        IReadOnlyDictionary<string, object>[] observations = [buffered.AllocateObservation(0), buffered.AllocateObservation(1)];
        var infos = new Info[2];
        var outcomes = new StepOutcome[2];
        int[] actions = [0, 0];
        buffered.ResetInto(observations, infos, seed: 2);
        void Play(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                if (env.Agents.Count == 0)
                {
                    buffered.ResetInto(observations, infos);
                }
                actions[0] = i % 8;
                actions[1] = (i * 5) % 8;
                buffered.StepInto(actions, observations, outcomes);
            }
        }
        Play(100); // warm-up: the JIT's first calls allocate
        long before = GC.GetAllocatedBytesForCurrentThread();
        Play(500);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Bad_options_and_actions_are_refused_by_name()
    {
        var unknown = Assert.ThrowsAny<ArgumentException>(() => Make(EnvOptions.Of(("depth", true))));
        Assert.Contains("depth", unknown.Message, StringComparison.Ordinal);
        var timeout = Assert.ThrowsAny<ArgumentException>(() => Make(EnvOptions.Of(("episode_timeout", 0))));
        Assert.Contains("episode_timeout", timeout.Message, StringComparison.Ordinal);
        using var env = Make();
        env.Reset(seed: 0);
        Assert.Throws<InvalidActionException>(() => env.Step(Actions(8, 0)));
        var missing = Assert.ThrowsAny<ArgumentException>(() => env.Step(new Dictionary<string, int> { [P1] = 0 }));
        Assert.Contains(P2, missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_teacher_plays_either_player_and_declines_single_player_scenarios()
    {
        var (environments, agents) = TestKit.Registries();
        using var duel = environments.MakeParallel<IReadOnlyDictionary<string, object>, int>(DoomEnvironments.DuelId);
        foreach (string role in duel.PossibleAgents)
        {
            var context = new AgentContext<IReadOnlyDictionary<string, object>, int>(duel, duel.ObservationSpace(role), duel.ActionSpace(role), role, null);
            Assert.Equal("teacher", agents.Create("teacher", context).Name);
        }
        using var basic = TestKit.Make("Doom/Basic-v0");
        var single = new AgentContext<IReadOnlyDictionary<string, object>, int>(basic, basic.ObservationSpace, basic.ActionSpace, null, null);
        Assert.Equal("teacher", agents.Create("teacher", single).Name);
    }

    private static IAgent<IReadOnlyDictionary<string, object>, int> Teacher(IParallelEnvironment<IReadOnlyDictionary<string, object>, int> env, string role)
    {
        var (_, agents) = TestKit.Registries();
        return agents.Create("teacher", new AgentContext<IReadOnlyDictionary<string, object>, int>(env, env.ObservationSpace(role), env.ActionSpace(role), role, null));
    }

    private static DoomDuelEnvironment Unwrap(IDisposable env) =>
        env.TryFind<DoomDuelEnvironment>(out var duel) ? duel : throw new InvalidOperationException("Not the duel.");
}
