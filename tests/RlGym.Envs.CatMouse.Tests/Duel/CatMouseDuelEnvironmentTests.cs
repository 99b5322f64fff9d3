using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Duel;

public sealed class CatMouseDuelEnvironmentTests
{
    private const int Up = 0, Right = 1, Down = 2, Left = 3;

    private static IParallelEnvironment<CatMouseObservation, int> Make(EnvOptions? options = null) =>
        TestKit.Environments().MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId, options);

    private static Dictionary<string, int> Moves(int cat, int mouse) => new() { ["cat"] = cat, ["mouse"] = mouse };

    [Fact]
    public void The_buffered_path_plays_exactly_as_plain_steps_and_allocates_nothing()
    {
        using var plain = Make();
        using var env = Make();
        Assert.True(env.TryGetBufferedParallelStep(out var buffered));
        CatMouseObservation[] observations = [buffered.AllocateObservation(0), buffered.AllocateObservation(1)];
        var infos = new Info[2];
        var outcomes = new StepOutcome[2];
        int[] actions = [0, 0];
        var reset = plain.Reset(seed: 5);
        buffered.ResetInto(observations, infos, seed: 5);
        Assert.Equal((reset.Observations["cat"], reset.Observations["mouse"]), (observations[0], observations[1]));
        var rng = new RlGym.Core.Random.Rng(8);
        int caught = 0, escaped = 0;
        for (int step = 0; step < 2_000; step++)
        {
            if (plain.Agents.Count == 0)
            {
                Assert.Empty(env.Agents);
                reset = plain.Reset();
                buffered.ResetInto(observations, infos);
                Assert.Equal((reset.Observations["cat"], reset.Observations["mouse"]), (observations[0], observations[1]));
            }
            actions[0] = rng.NextInt(4);
            actions[1] = rng.NextInt(4);
            var expected = plain.Step(Moves(actions[0], actions[1]));
            buffered.StepInto(actions, observations, outcomes);
            Assert.Equal((expected.Observations["cat"], expected.Observations["mouse"]), (observations[0], observations[1]));
            Assert.Equal((expected.Rewards["cat"], expected.Terminations["cat"], expected.Truncations["cat"]), (outcomes[0].Reward, outcomes[0].Terminated, outcomes[0].Truncated));
            Assert.Equal((expected.Rewards["mouse"], expected.Terminations["mouse"], expected.Truncations["mouse"]), (outcomes[1].Reward, outcomes[1].Terminated, outcomes[1].Truncated));
            caught += expected.Terminations["cat"] ? 1 : 0;
            escaped += expected.Truncations["cat"] ? 1 : 0;
        }
        Assert.True(caught > 0 && escaped > 0, $"{caught} catches and {escaped} escapes: both endings must be tested");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int step = 0; step < 1_000; step++)
        {
            if (env.Agents.Count == 0)
            {
                buffered.ResetInto(observations, infos);
            }
            actions[0] = step & 3;
            buffered.StepInto(actions, observations, outcomes);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        buffered.ResetInto(observations, infos, seed: 1);
        Assert.Throws<InvalidActionException>(() => buffered.StepInto([4, 0], observations, outcomes));
        Assert.Throws<ArgumentException>(() => buffered.StepInto([0, 0], observations, new StepOutcome[1]));
    }

    [Fact]
    public void Meeting_on_a_cell_is_a_catch()
    {
        using var env = Make();
        env.Reset(options: TestKit.Place(2, 2, 4, 2));
        var result = env.Step(Moves(Right, Left));
        AssertCaught(result);
        Assert.Empty(env.Agents);
        Assert.Equal(CatMouseObservation.FromCells(3, 2, 3, 2, 6, 6), result.Observations["cat"]);
    }

    [Fact]
    public void Swapping_cells_is_a_catch()
    {
        using var env = Make();
        env.Reset(options: TestKit.Place(2, 2, 3, 2));
        var result = env.Step(Moves(Right, Left));
        AssertCaught(result);
        Assert.Equal(CatMouseObservation.FromCells(3, 2, 2, 2, 6, 6), result.Observations["mouse"]);
    }

    [Fact]
    public void A_mouse_pinned_to_a_wall_is_caught_when_the_cat_arrives()
    {
        using var env = Make();
        env.Reset(options: TestKit.Place(4, 2, 5, 2));
        AssertCaught(env.Step(Moves(Right, Right)));
    }

    [Fact]
    public void Moving_side_by_side_is_no_catch()
    {
        using var env = Make();
        env.Reset(options: TestKit.Place(2, 2, 3, 2));
        var result = env.Step(Moves(Right, Right));
        Assert.Equal(0.0, result.Rewards["cat"]);
        Assert.Equal(0.0, result.Rewards["mouse"]);
        Assert.False(result.Terminations["cat"] || result.Truncations["mouse"]);
        Assert.Equal(["cat", "mouse"], env.Agents);
    }

    [Fact]
    public void Surviving_max_steps_is_an_escape()
    {
        using var env = Make(EnvOptions.Of(("max_steps", 3)));
        env.Reset(options: TestKit.Place(0, 0, 5, 5));
        for (int t = 1; t <= 3; t++)
        {
            var result = env.Step(Moves(Left, Right)); // both pinned in their corners
            bool last = t == 3;
            Assert.Equal(last ? -1.0 : 0.0, result.Rewards["cat"]);
            Assert.Equal(last ? 1.0 : 0.0, result.Rewards["mouse"]);
            Assert.Equal(last, result.Truncations["cat"]);
            Assert.Equal(last, result.Truncations["mouse"]);
            Assert.False(result.Terminations["mouse"]);
        }
        Assert.Empty(env.Agents);
        var error = Assert.Throws<InvalidOperationException>(() => env.Step(Moves(Up, Up)));
        Assert.Contains("after the episode ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catch_on_the_last_tick_is_still_a_catch()
    {
        using var env = Make(EnvOptions.Of(("max_steps", 1)));
        env.Reset(options: TestKit.Place(2, 2, 4, 2));
        AssertCaught(env.Step(Moves(Right, Left)));
    }

    [Property(MaxTest = 60)]
    public Property Rewards_always_sum_to_zero() =>
        Prop.ForAll(
            Gen.Choose(0, 3).Two().ArrayOf().ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (moves, seed) =>
            {
                using var env = Make(EnvOptions.Of(("max_steps", 8)));
                env.Reset((ulong)seed);
                foreach (var (cat, mouse) in moves)
                {
                    if (env.Agents.Count == 0)
                    {
                        break;
                    }
                    var result = env.Step(Moves(cat, mouse));
                    if (result.Rewards["cat"] + result.Rewards["mouse"] != 0.0)
                    {
                        return false;
                    }
                }
                return true;
            });

    [Fact]
    public void Random_starts_never_put_both_on_one_cell()
    {
        using var env = Make(EnvOptions.Of(("width", 2), ("height", 2)));
        for (ulong seed = 0; seed < 300; seed++)
        {
            env.Reset(seed);
            Assert.False(TestKit.State(env).SameCell);
        }
    }

    [Fact]
    public void Both_agents_see_the_same_observation_and_the_same_seed_repeats()
    {
        using var a = Make();
        using var b = Make();
        var ra = a.Reset(seed: 5);
        var rb = b.Reset(seed: 5);
        Assert.Equal(ra.Observations["cat"], ra.Observations["mouse"]);
        Assert.Equal(ra.Observations["cat"], rb.Observations["cat"]);
        var sa = a.Step(Moves(Up, Left));
        var sb = b.Step(Moves(Up, Left));
        Assert.Equal(sa.Observations["mouse"], sb.Observations["mouse"]);
        Assert.Equal(sa.Observations["cat"], sa.Observations["mouse"]);
    }

    [Fact]
    public void Spaces_are_stable_per_agent_and_distinct_between_agents()
    {
        using var env = Make();
        Assert.Equal(["cat", "mouse"], env.PossibleAgents);
        Assert.Same(env.ObservationSpace("cat"), env.ObservationSpace("cat"));
        Assert.Same(env.ActionSpace("mouse"), env.ActionSpace("mouse"));
        Assert.NotSame(env.ObservationSpace("cat"), env.ObservationSpace("mouse"));
        Assert.NotSame(env.ActionSpace("cat"), env.ActionSpace("mouse"));
        Assert.Equal("Discrete(4)", env.ActionSpace("cat").ToString());
        var error = Assert.Throws<ArgumentException>(() => env.ActionSpace("dog"));
        Assert.Contains("'dog'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_calls_fail_clearly()
    {
        var env = Make();
        var early = Assert.Throws<InvalidOperationException>(() => env.Step(Moves(Up, Up)));
        Assert.Contains("before Reset", early.Message, StringComparison.Ordinal);
        env.Reset(seed: 1);
        var missing = Assert.Throws<ArgumentException>(() => env.Step(new Dictionary<string, int> { ["cat"] = Up }));
        Assert.Contains("'mouse'", missing.Message, StringComparison.Ordinal);
        var stranger = Assert.Throws<ArgumentException>(() => env.Step(new Dictionary<string, int> { ["cat"] = Up, ["mouse"] = Up, ["dog"] = Up }));
        Assert.Contains("'dog'", stranger.Message, StringComparison.Ordinal);
        var invalid = Assert.Throws<InvalidActionException>(() => env.Step(Moves(Up, 9)));
        Assert.Contains("'mouse'", invalid.Message, StringComparison.Ordinal);
        var sameCell = Assert.Throws<UserInputException>(() => env.Reset(options: TestKit.Place(1, 1, 1, 1)));
        Assert.Contains("different cells", sameCell.Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => Make(EnvOptions.Of(("max_step", 5))));
        env.Dispose();
        env.Dispose();
        Assert.Throws<ObjectDisposedException>(() => env.Reset());
    }

    private static void AssertCaught(ParallelStepResult<CatMouseObservation> result)
    {
        Assert.Equal(1.0, result.Rewards["cat"]);
        Assert.Equal(-1.0, result.Rewards["mouse"]);
        Assert.True(result.Terminations["cat"]);
        Assert.True(result.Terminations["mouse"]);
        Assert.False(result.Truncations["cat"]);
        Assert.False(result.Truncations["mouse"]);
    }
}
