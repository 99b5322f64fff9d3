using RlGym.Core;
using RlGym.Core.Random;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Single;

public sealed class CatMouseEnvironmentTests
{
    private const int Up = 0, Right = 1, Down = 2, Left = 3;

    [Theory]
    [InlineData(3, 2, Right, 4, 2, 1.0)]  // away from the cat at (2, 2)
    [InlineData(4, 2, Left, 3, 2, -1.0)]  // closer
    [InlineData(5, 2, Right, 5, 2, 0.0)]  // the right wall blocks
    [InlineData(3, 5, Up, 3, 5, 0.0)]     // the top wall blocks
    [InlineData(3, 3, Up, 3, 4, 1.0)]
    [InlineData(3, 3, Down, 3, 2, -1.0)]
    public void Reward_is_the_change_in_distance_to_the_cat(int mouseX, int mouseY, int action, int endX, int endY, double reward)
    {
        using var env = TestKit.Raw();
        env.Reset(options: TestKit.Place(2, 2, mouseX, mouseY));
        var result = env.Step(action);
        Assert.Equal(reward, result.Reward);
        Assert.False(result.Terminated);
        Assert.False(result.Truncated);
        Assert.Same(Info.Empty, result.Info);
        Assert.Equal(CatMouseObservation.FromCells(2, 2, endX, endY, 6, 6), result.Observation);
    }

    [Fact]
    public void Stepping_onto_the_cat_costs_ten_and_terminates()
    {
        using var env = TestKit.Raw();
        env.Reset(options: TestKit.Place(2, 2, 3, 2));
        var result = env.Step(Left);
        Assert.Equal(-10.0, result.Reward);
        Assert.True(result.Terminated);
        Assert.False(result.Truncated);
        Assert.Equal(CatMouseObservation.FromCells(2, 2, 2, 2, 6, 6), result.Observation);
        var error = Assert.Throws<InvalidOperationException>(() => env.Step(Up));
        Assert.Contains("after the episode ended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mouse_starting_on_the_cat_may_walk_off_or_be_caught_against_a_wall()
    {
        using var env = TestKit.Raw();
        env.Reset(options: TestKit.Place(0, 0, 0, 0));
        Assert.Equal(1.0, env.Step(Up).Reward);
        env.Reset(options: TestKit.Place(0, 0, 0, 0));
        var blocked = env.Step(Left);
        Assert.Equal(-10.0, blocked.Reward);
        Assert.True(blocked.Terminated);
    }

    [Fact]
    public void Start_cells_are_drawn_in_the_seeds_order_from_the_environment_generator()
    {
        using var env = TestKit.Raw();
        var expected = new Rng(42);
        var first = env.Reset(seed: 42).Observation;
        Assert.Equal(CatMouseObservation.FromCells(expected.NextInt(6), expected.NextInt(6), expected.NextInt(6), expected.NextInt(6), 6, 6), first);
        var second = env.Reset().Observation; // no seed: the stream continues
        Assert.Equal(CatMouseObservation.FromCells(expected.NextInt(6), expected.NextInt(6), expected.NextInt(6), expected.NextInt(6), 6, 6), second);
    }

    [Fact]
    public void The_same_seed_and_actions_give_the_same_episode()
    {
        var registry = TestKit.Environments();
        using var a = registry.Make<CatMouseObservation, int>("CatMouse-v0");
        using var b = registry.Make<CatMouseObservation, int>("CatMouse-v0");
        for (ulong seed = 0; seed < 20; seed++)
        {
            Assert.Equal(a.Reset(seed).Observation, b.Reset(seed).Observation);
            for (int t = 0; t < 10; t++)
            {
                int action = (int)((seed + (ulong)t * 7) % 4);
                var ra = a.Step(action);
                Assert.Equal(ra, b.Step(action));
                if (ra.IsDone)
                {
                    break;
                }
            }
        }
    }

    [Fact]
    public void Different_seeds_give_different_starts()
    {
        using var env = TestKit.Raw();
        var starts = Enumerable.Range(0, 40).Select(s => env.Reset((ulong)s).Observation).Distinct().Count();
        Assert.True(starts > 30, $"only {starts} distinct starts from 40 seeds");
    }

    [Fact]
    public void Make_ends_the_game_after_ten_moves_while_the_raw_environment_goes_on()
    {
        using var env = TestKit.Environments().Make<CatMouseObservation, int>("CatMouse-v0");
        env.Reset(options: TestKit.Place(0, 0, 5, 5));
        for (int t = 1; t <= 10; t++)
        {
            var result = env.Step(t % 2 == 0 ? Up : Right); // pinned in the far corner: no catch
            Assert.Equal(t == 10, result.Truncated);
            Assert.False(result.Terminated);
        }
        Assert.Throws<InvalidOperationException>(() => env.Step(Up));

        using var raw = TestKit.Raw();
        raw.Reset(options: TestKit.Place(0, 0, 5, 5));
        for (int t = 1; t <= 25; t++)
        {
            Assert.False(raw.Step(Up).IsDone);
        }
        Assert.Equal(25, TestKit.State(raw).Step);
    }

    [Fact]
    public void Grid_size_is_an_option_and_observations_use_it()
    {
        using var env = TestKit.Raw(EnvOptions.Of(("width", 8), ("height", "3")));
        var observation = env.Reset(options: TestKit.Place(7, 1, 2, 2)).Observation;
        Assert.Equal(new CatMouseObservation(1f, 0.5f, 2f / 7f, 1f), observation);
        Assert.Equal(new CatMouseState(7, 1, 2, 2, 8, 3, 0), TestKit.State(env));
    }

    [Theory]
    [InlineData("width", 1, "an integer from 2")]
    [InlineData("height", "tall", "an integer from 2")]
    [InlineData("widht", 8, "did you mean 'width'")]
    [InlineData("actions", "joystick", "one of discrete, compass")]
    public void Bad_options_are_named_in_the_error(string key, object value, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => TestKit.Raw(EnvOptions.Of((key, value))));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "cat_x", "cat_y", "mouse_x" }, new[] { 1, 1, 1 }, "missing: mouse_y")]
    [InlineData(new[] { "cat_x", "cat_y", "mouse_x", "mouse_y" }, new[] { 6, 1, 1, 1 }, "Option 'cat_x' is 6; expected an integer from 0 to 5")]
    [InlineData(new[] { "cat_x", "cat_y", "mouse_x", "mouse_yy" }, new[] { 1, 1, 1, 1 }, "did you mean 'mouse_y'")]
    public void Bad_reset_options_are_explained(string[] keys, int[] values, string expected)
    {
        using var env = TestKit.Raw();
        var options = EnvOptions.From(keys.Zip(values, (k, v) => KeyValuePair.Create(k, (object)v)));
        var error = Assert.ThrowsAny<ArgumentException>(() => env.Reset(options: options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placing_the_pieces_draws_nothing_from_the_generator()
    {
        using var placed = TestKit.Raw();
        using var plain = TestKit.Raw();
        placed.Reset(seed: 9);
        plain.Reset(seed: 9);
        placed.Reset(options: TestKit.Place(1, 1, 2, 2));
        Assert.Equal(plain.Reset().Observation, placed.Reset().Observation);
    }

    [Fact]
    public void Out_of_order_and_invalid_calls_fail_clearly()
    {
        var env = TestKit.Raw();
        var early = Assert.Throws<InvalidOperationException>(() => env.Step(Up));
        Assert.Contains("before Reset", early.Message, StringComparison.Ordinal);
        env.Reset(seed: 1);
        var invalid = Assert.Throws<InvalidActionException>(() => env.Step(4));
        Assert.Contains("Discrete(4)", invalid.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidActionException>(() => env.Step(-1));
        env.Dispose();
        env.Dispose();
        Assert.Throws<ObjectDisposedException>(() => env.Step(Up));
        Assert.Throws<ObjectDisposedException>(() => env.Reset());
    }

    [Fact]
    public void Made_environments_refuse_steps_before_reset()
    {
        using var env = TestKit.Environments().Make<CatMouseObservation, int>("CatMouse-v0");
        Assert.Throws<InvalidOperationException>(() => env.Step(Up));
    }

    [Fact]
    public void Compass_actions_move_by_the_seeds_quadrants()
    {
        using var env = TestKit.Environments().Make<CatMouseObservation, float[]>("CatMouse-v0", EnvOptions.Of(("actions", "compass")));
        Assert.Equal("Box(0, 1, (1,), float32)", env.ActionSpace.ToString());
        env.Reset(options: TestKit.Place(0, 0, 2, 2));
        Assert.Equal(CatMouseObservation.FromCells(0, 0, 2, 3, 6, 6), env.Step([0.1f]).Observation);   // up
        Assert.Equal(CatMouseObservation.FromCells(0, 0, 3, 3, 6, 6), env.Step([0.25f]).Observation);  // right
        Assert.Equal(CatMouseObservation.FromCells(0, 0, 3, 2, 6, 6), env.Step([0.7f]).Observation);   // down
        Assert.Equal(CatMouseObservation.FromCells(0, 0, 2, 2, 6, 6), env.Step([0.75f]).Observation);  // left
        Assert.Throws<InvalidActionException>(() => env.Step([1.5f]));
        Assert.Throws<InvalidActionException>(() => env.Step([float.NaN]));
        Assert.Throws<InvalidActionException>(() => env.Step([0.1f, 0.2f]));
    }

    [Fact]
    public void Privileged_state_is_found_through_the_wrappers()
    {
        using var env = TestKit.Environments().Make<CatMouseObservation, int>("CatMouse-v0");
        env.Reset(options: TestKit.Place(4, 1, 2, 3));
        env.Step(Up);
        Assert.Equal(new CatMouseState(4, 1, 2, 4, 6, 6, 1), TestKit.State(env));
    }

    [Fact]
    public void Arrow_keys_and_wasd_map_to_the_four_moves()
    {
        using var env = TestKit.Environments().Make<CatMouseObservation, int>("CatMouse-v0");
        Assert.True(env.TryFind<IKeyMap<int>>(out var keys));
        var expected = new Dictionary<ConsoleKey, int>
        {
            [ConsoleKey.UpArrow] = Up, [ConsoleKey.W] = Up,
            [ConsoleKey.RightArrow] = Right, [ConsoleKey.D] = Right,
            [ConsoleKey.DownArrow] = Down, [ConsoleKey.S] = Down,
            [ConsoleKey.LeftArrow] = Left, [ConsoleKey.A] = Left,
        };
        foreach (var (key, action) in expected)
        {
            Assert.True(keys.TryMapKey(new ConsoleKeyInfo('\0', key, false, false, false), out int mapped));
            Assert.Equal(action, mapped);
        }
        Assert.False(keys.TryMapKey(new ConsoleKeyInfo('q', ConsoleKey.Q, false, false, false), out _));
        Assert.False(string.IsNullOrWhiteSpace(keys.KeyHelp));
    }

    [Fact]
    public void Steps_and_resets_allocate_nothing_raw_or_wrapped()
    {
        using var raw = TestKit.Raw();
        using var made = TestKit.Environments().Make<CatMouseObservation, int>("CatMouse-v0");
        Assert.Equal(0, AllocatedOverSteps(raw));
        Assert.Equal(0, AllocatedOverSteps(made));
    }

    private static long AllocatedOverSteps(IEnvironment<CatMouseObservation, int> env) => TestKit.SteadyStateAllocation(() => Run(env, 20_000));

    private static void Run(IEnvironment<CatMouseObservation, int> env, int steps)
    {
        env.Reset(seed: 3);
        for (int t = 0; t < steps; t++)
        {
            if (env.Step(t & 3).IsDone)
            {
                env.Reset();
            }
        }
    }
}
