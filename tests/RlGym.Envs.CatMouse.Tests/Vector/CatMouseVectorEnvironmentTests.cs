using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse.Vector;
using Xunit;

namespace RlGym.Envs.CatMouse.Tests.Vector;

public sealed class CatMouseVectorEnvironmentTests
{
    private const string Id = CatMouseEnvironments.CatMouseId;

    [Fact]
    public void Plays_exactly_as_single_environments_made_with_seed_plus_i()
    {
        const int count = 13;
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<CatMouseObservation, int>(Id, count);
        Assert.IsType<CatMouseVectorEnvironment>(vector);
        var singles = Enumerable.Range(0, count).Select(_ => registry.Make<CatMouseObservation, int>(Id)).ToArray();
        var reset = vector.Reset(seed: 100);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(singles[i].Reset(seed: 100 + (ulong)i).Observation, reset.Observations[i]);
        }
        var actions = new int[count];
        var done = new bool[count];
        var rng = new Rng(5);
        for (int t = 0; t < 45; t++)
        {
            for (int i = 0; i < count; i++)
            {
                actions[i] = rng.NextInt(4);
            }
            var step = vector.Step(actions);
            for (int i = 0; i < count; i++)
            {
                if (done[i])
                {
                    // NextStep: the step after the end resets (no seed: the stream goes on) and ignores the action.
                    Assert.Equal(singles[i].Reset().Observation, step.Observations[i]);
                    Assert.Equal((0.0, false, false), (step.Rewards[i], step.Terminated[i], step.Truncated[i]));
                    done[i] = false;
                    continue;
                }
                var single = singles[i].Step(actions[i]);
                Assert.Equal(single.Observation, step.Observations[i]);
                Assert.Equal(single.Reward, step.Rewards[i]);
                Assert.Equal(single.Terminated, step.Terminated[i]);
                Assert.Equal(single.Truncated, step.Truncated[i]);
                Assert.Same(Info.Empty, step.Infos[i]);
                done[i] = single.IsDone;
            }
        }
        foreach (var env in singles)
        {
            env.Dispose();
        }
    }

    [Theory]
    [InlineData(AutoresetMode.NextStep, 37)]
    [InlineData(AutoresetMode.SameStep, 37)]
    [InlineData(AutoresetMode.Disabled, 37)]
    [InlineData(AutoresetMode.NextStep, 5)]
    public void Matches_the_synchronous_vector_in_every_autoreset_mode(AutoresetMode mode, int count)
    {
        var registry = TestKit.Environments();
        using var native = registry.MakeVector<CatMouseObservation, int>(Id, count, mode: VectorMode.Native, autoreset: mode);
        using var sync = registry.MakeVector<CatMouseObservation, int>(Id, count, mode: VectorMode.Sync, autoreset: mode);
        RunSideBySide(native, sync, seed: 7, steps: 60);
    }

    [Fact]
    public void Honours_the_time_limit_and_grid_options()
    {
        var registry = TestKit.Environments();
        var options = EnvOptions.Of(("max_episode_steps", 3), ("width", 4), ("height", 9));
        using var native = registry.MakeVector<CatMouseObservation, int>(Id, 20, options, VectorMode.Native);
        using var sync = registry.MakeVector<CatMouseObservation, int>(Id, 20, options, VectorMode.Sync);
        RunSideBySide(native, sync, seed: 1, steps: 20);
        native.Reset(options: TestKit.Place(0, 0, 3, 8));
        var actions = new int[20]; // all up, against the top wall
        native.Step(actions);
        native.Step(actions);
        Assert.All(native.Step(actions).Truncated.ToArray(), Assert.True);
    }

    [Fact]
    public void Masked_resets_touch_only_the_masked_copies()
    {
        var registry = TestKit.Environments();
        using var native = registry.MakeVector<CatMouseObservation, int>(Id, 11, mode: VectorMode.Native, autoreset: AutoresetMode.Disabled);
        using var sync = registry.MakeVector<CatMouseObservation, int>(Id, 11, mode: VectorMode.Sync, autoreset: AutoresetMode.Disabled);
        RunSideBySide(native, sync, seed: 3, steps: 4);
        bool[] mask = [true, false, false, true, false, true, false, false, false, false, true];
        AssertSame(native.Reset(seed: 3), sync.Reset(seed: 3));
        var before = native.Reset(seed: 3).Observations.ToArray();
        sync.Reset(seed: 3);
        AssertSame(native.Reset(seed: 50, mask: mask), sync.Reset(seed: 50, mask: mask));
        var seeded = native.Reset(seed: 50, mask: mask).Observations.ToArray();
        sync.Reset(seed: 50, mask: mask);
        var placed = native.Reset(options: TestKit.Place(1, 2, 3, 4), mask: mask);
        AssertSame(placed, sync.Reset(options: TestKit.Place(1, 2, 3, 4), mask: mask));
        for (int i = 0; i < 11; i++)
        {
            if (!mask[i])
            {
                Assert.Equal(before[i], seeded[i]);
            }
            Assert.Equal(mask[i] ? CatMouseObservation.FromCells(1, 2, 3, 4, 6, 6) : seeded[i], placed.Observations[i]);
        }
        Assert.Throws<ArgumentException>(() => native.Reset(mask: new bool[3]));
    }

    [Theory]
    [InlineData(AutoresetMode.NextStep)]
    [InlineData(AutoresetMode.SameStep)]
    [InlineData(AutoresetMode.Disabled)]
    public void Simd_and_scalar_paths_agree_serial_and_in_parallel(AutoresetMode mode)
    {
        var spec = TestKit.Environments().Spec(Id);
        foreach (int count in new[] { 29, 4099 })
        {
            var context = new VectorContext(spec, EnvOptions.Of(("width", 5), ("height", 7)), count, 10, mode);
            using var fast = new CatMouseVectorEnvironment(context, parallelism: 2);
            using var scalar = new CatMouseVectorEnvironment(context, parallelism: 1);
            scalar.Batch.UseSimd = false;
            Assert.Equal(count > 2048 ? (4, 1) : (1, 0), fast.Sharing);
            RunSideBySide(fast, scalar, seed: 11, steps: 40);
        }
    }

    [Fact]
    public void Next_step_ignores_the_action_of_a_copy_it_resets()
    {
        var registry = TestKit.Environments();
        using var native = registry.MakeVector<CatMouseObservation, int>(Id, 1, mode: VectorMode.Native);
        native.Reset(options: TestKit.Place(2, 2, 3, 2));
        Assert.True(native.Step([3]).Terminated[0]); // onto the cat
        var reset = native.Step([99]);               // reset step: the action is not looked at
        Assert.False(reset.Terminated[0]);
        Assert.Throws<InvalidActionException>(() => native.Step([99]));
    }

    [Fact]
    public void Bad_calls_fail_clearly()
    {
        var registry = TestKit.Environments();
        var vector = registry.MakeVector<CatMouseObservation, int>(Id, 9, mode: VectorMode.Native, autoreset: AutoresetMode.Disabled);
        var early = Assert.Throws<InvalidOperationException>(() => vector.Step(new int[9]));
        Assert.Contains("before Reset", early.Message, StringComparison.Ordinal);
        vector.Reset(seed: 0, mask: [true, true, true, true, true, true, true, true, false]);
        Assert.Throws<InvalidOperationException>(() => vector.Step(new int[9]));
        vector.Reset(options: TestKit.Place(2, 2, 3, 2));
        Assert.Throws<ArgumentException>(() => vector.Step(new int[8]));
        var invalid = Assert.Throws<InvalidActionException>(() => vector.Step([0, 0, 0, 0, 0, 0, 0, 0, 4]));
        Assert.Contains("Action 4", invalid.Message, StringComparison.Ordinal);
        vector.Step([3, 0, 0, 0, 0, 0, 0, 0, 0]); // copy 0 walks onto the cat
        var ended = Assert.Throws<InvalidOperationException>(() => vector.Step(new int[9]));
        Assert.Contains("copy 0", ended.Message, StringComparison.Ordinal);
        vector.Dispose();
        vector.Dispose();
        Assert.Throws<ObjectDisposedException>(() => vector.Step(new int[9]));
    }

    [Fact]
    public void Compass_actions_are_not_batched_but_still_vectorised()
    {
        var registry = TestKit.Environments();
        var compass = EnvOptions.Of(("actions", "compass"));
        var error = Assert.Throws<UserInputException>(() => registry.MakeVector<CatMouseObservation, int>(Id, 4, compass));
        Assert.Contains("float[]", error.Message, StringComparison.Ordinal);
        using var sync = registry.MakeVector<CatMouseObservation, float[]>(Id, 4, compass);
        sync.Reset(seed: 2);
        Assert.Equal(4, sync.Step([[0.1f], [0.3f], [0.6f], [0.9f]]).Rewards.Length);
    }

    [Fact]
    public void Steps_allocate_nothing()
    {
        var spec = TestKit.Environments().Spec(Id);
        using var serial = new CatMouseVectorEnvironment(new VectorContext(spec, EnvOptions.Empty, 300, 10, AutoresetMode.NextStep), parallelism: 1);
        using var parallel = new CatMouseVectorEnvironment(new VectorContext(spec, EnvOptions.Empty, 4096, 10, AutoresetMode.NextStep), parallelism: 2);
        Assert.Equal(0, AllocatedOverSteps(serial));
        Assert.Equal(0, AllocatedOverSteps(parallel));
    }

    private static long AllocatedOverSteps(IVectorEnvironment<CatMouseObservation, int> vector)
    {
        var actions = new int[vector.Count];
        vector.Reset(seed: 4);
        return TestKit.SteadyStateAllocation(() =>
        {
            for (int t = 0; t < 500; t++)
            {
                actions.AsSpan().Fill((t * 3) & 3);
                vector.Step(actions);
            }
        });
    }

    private static void RunSideBySide(IVectorEnvironment<CatMouseObservation, int> a, IVectorEnvironment<CatMouseObservation, int> b, ulong seed, int steps)
    {
        int count = a.Count;
        AssertSame(a.Reset(seed), b.Reset(seed));
        var rng = new Rng(seed);
        var actions = new int[count];
        var mask = new bool[count];
        for (int t = 0; t < steps; t++)
        {
            for (int i = 0; i < count; i++)
            {
                actions[i] = rng.NextInt(4);
            }
            var ra = a.Step(actions);
            var rb = b.Step(actions);
            AssertSame(ra, rb);
            if (a.Autoreset == AutoresetMode.Disabled)
            {
                for (int i = 0; i < count; i++)
                {
                    mask[i] = ra.Terminated[i] || ra.Truncated[i];
                }
                if (mask.Contains(true))
                {
                    AssertSame(a.Reset(mask: mask), b.Reset(mask: mask));
                }
            }
        }
    }

    private static void AssertSame(VectorResetResult<CatMouseObservation> a, VectorResetResult<CatMouseObservation> b)
    {
        Assert.Equal(b.Observations.ToArray(), a.Observations.ToArray());
        AssertInfos(a.Infos, b.Infos);
    }

    private static void AssertSame(VectorStepResult<CatMouseObservation> a, VectorStepResult<CatMouseObservation> b)
    {
        Assert.Equal(b.Observations.ToArray(), a.Observations.ToArray());
        Assert.Equal(b.Rewards.ToArray(), a.Rewards.ToArray());
        Assert.Equal(b.Terminated.ToArray(), a.Terminated.ToArray());
        Assert.Equal(b.Truncated.ToArray(), a.Truncated.ToArray());
        AssertInfos(a.Infos, b.Infos);
    }

    private static void AssertInfos(ReadOnlySpan<Info> a, ReadOnlySpan<Info> b)
    {
        Assert.Equal(b.Length, a.Length);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(b[i].Keys.Order(StringComparer.Ordinal), a[i].Keys.Order(StringComparer.Ordinal));
            foreach (var (key, value) in b[i])
            {
                if (value is Info nested)
                {
                    Assert.Equal(nested.Count, ((Info)a[i][key]!).Count);
                }
                else
                {
                    Assert.Equal(value, a[i][key]);
                }
            }
        }
    }
}
