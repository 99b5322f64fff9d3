using RlGym.Core;
using RlGym.Core.MultiAgent;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Duel;

public sealed class CatchRadiusTests
{
    private const int Right = 1, Left = 3;

    private static IParallelEnvironment<CatMouseObservation, int> Make(string id, EnvOptions? options = null) =>
        TestKit.Environments().MakeParallel<CatMouseObservation, int>(id, options);

    private static Dictionary<string, int> Moves(int cat, int mouse) => new() { ["cat"] = cat, ["mouse"] = mouse };

    [Fact]
    public void Ending_a_tick_within_the_radius_is_a_catch_and_beyond_it_is_not()
    {
        using var near = Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 1)));
        near.Reset(options: TestKit.Place(0, 0, 3, 0));
        var caught = near.Step(Moves(Right, Left)); // cat (1, 0), mouse (2, 0): one apart
        Assert.True(caught.Terminations["cat"]);
        Assert.Equal(1.0, caught.Rewards["cat"]);
        Assert.Equal(-1.0, caught.Rewards["mouse"]);

        using var exact = Make(CatMouseEnvironments.DuelId);
        exact.Reset(options: TestKit.Place(0, 0, 3, 0));
        var free = exact.Step(Moves(Right, Left));
        Assert.False(free.Terminations["cat"] || free.Truncations["cat"]);

        using var wide = Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 2)));
        wide.Reset(options: TestKit.Place(0, 0, 4, 0));
        Assert.False(wide.Step(Moves(Right, Right)).Terminations["cat"]); // (1, 0) and (5, 0): four apart
        Assert.False(wide.Step(Moves(Right, Right)).Terminations["cat"]); // (2, 0) and (5, 0), the mouse at the wall: three
        Assert.True(wide.Step(Moves(Right, Right)).Terminations["cat"]);  // (3, 0) and (5, 0): two
    }

    [Fact]
    public void Seeded_starts_are_always_farther_apart_than_the_radius()
    {
        using var env = Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 3)));
        for (ulong seed = 0; seed < 300; seed++)
        {
            env.Reset(seed);
            var state = TestKit.State(env);
            Assert.True(CatMouseRules.Distance(state.CatX, state.CatY, state.MouseX, state.MouseY) > 3, $"seed {seed} starts at {state}");
        }
    }

    [Fact]
    public void Radius_zero_draws_the_same_starts_as_the_plain_duel()
    {
        using var plain = Make(CatMouseEnvironments.DuelId);
        using var zero = Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 0)));
        for (ulong seed = 0; seed < 50; seed++)
        {
            plain.Reset(seed);
            zero.Reset(seed);
            Assert.Equal(TestKit.State(plain), TestKit.State(zero));
        }
    }

    [Fact]
    public void Bad_radii_and_placements_within_the_radius_are_refused_in_one_line()
    {
        var tooFar = Assert.ThrowsAny<ArgumentException>(() => Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 10))));
        Assert.Contains("'catch_radius' is 10", tooFar.Message, StringComparison.Ordinal);
        Assert.Contains("0 to 9", tooFar.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", -1))));
        Assert.ThrowsAny<ArgumentException>(() => Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", "near"))));
        using var env = Make(CatMouseEnvironments.DuelId, EnvOptions.Of(("catch_radius", 2)));
        var placed = Assert.Throws<UserInputException>(() => env.Reset(options: TestKit.Place(1, 1, 2, 2)));
        Assert.Contains("within catch_radius 2", placed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contest_is_the_duel_with_its_options_which_can_be_overridden()
    {
        using var contest = Make(CatMouseEnvironments.ContestId);
        Assert.Equal(new CatMouseDuelRules(1, 7), Rules(contest));
        using var longer = Make(CatMouseEnvironments.ContestId, EnvOptions.Of(("max_steps", 9)));
        Assert.Equal(new CatMouseDuelRules(1, 9), Rules(longer));
        using var duel = Make(CatMouseEnvironments.DuelId);
        Assert.Equal(new CatMouseDuelRules(0, 20), Rules(duel));
    }

    private static CatMouseDuelRules Rules(IDisposable environment) =>
        environment.TryGetPrivileged<CatMouseDuelRules>(out var rules) ? rules.PrivilegedState : throw new InvalidOperationException("No rules here.");
}
