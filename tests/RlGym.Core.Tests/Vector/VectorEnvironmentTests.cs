using RlGym.Core.Registry;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Vector;

namespace RlGym.Core.Tests.Vector;

public sealed class VectorEnvironmentTests
{
    private static EnvRegistry Registry()
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Counter-v0") { MaxEpisodeSteps = 3 }, ctx => new CounterEnvironment(ctx));
        return registry;
    }

    [Theory]
    [InlineData(VectorMode.Sync)]
    [InlineData(VectorMode.Threaded)]
    public void Copy_i_is_seeded_with_seed_plus_i(VectorMode mode)
    {
        var registry = Registry();
        using var vector = registry.MakeVector<float[], int>("Counter-v0", 4, mode: mode);
        var reset = vector.Reset(seed: 100);
        for (int i = 0; i < 4; i++)
        {
            using var single = registry.Make<float[], int>("Counter-v0");
            Assert.Equal(single.Reset(seed: 100 + (ulong)i).Observation, reset.Observations[i]);
        }
    }

    [Theory]
    [InlineData(VectorMode.Sync)]
    [InlineData(VectorMode.Threaded)]
    public void Next_step_autoreset_resets_on_the_step_after_the_end_and_ignores_the_action(VectorMode mode)
    {
        using var vector = Registry().MakeVector<float[], int>("Counter-v0", 2, mode: mode);
        var start = vector.Reset(seed: 1).Observations.ToArray().Select(o => o[0]).ToArray();
        int[] actions = [1, 1];
        for (int t = 0; t < 2; t++)
        {
            vector.Step(actions);
        }
        var end = vector.Step(actions);
        Assert.True(end.Truncated[0] && end.Truncated[1]);
        Assert.Equal(start[0] + 3, end.Observations[0][0]);
        var reset = vector.Step(actions);
        Assert.Equal(0.0, reset.Rewards[0]);
        Assert.False(reset.Truncated[0]);
        Assert.Equal(reset.Observations[0][0], reset.Observations[0][1]);
    }

    [Fact]
    public void Same_step_autoreset_returns_the_final_observation_in_info()
    {
        using var vector = Registry().MakeVector<float[], int>("Counter-v0", 1, mode: VectorMode.Sync, autoreset: AutoresetMode.SameStep);
        float start = vector.Reset(seed: 1).Observations[0][0];
        int[] actions = [1];
        vector.Step(actions);
        vector.Step(actions);
        var end = vector.Step(actions);
        Assert.True(end.Truncated[0]);
        Assert.True(end.Infos[0].TryGet<float[]>(VectorInfoKeys.FinalObservation, out var final));
        Assert.Equal(start + 3, final[0]);
        Assert.Equal(end.Observations[0][0], end.Observations[0][1]);
        // Gymnasium 1.x's key names, and the rest of the info is the reset's (Counter's reset reports its start).
        Assert.Equal("final_obs", VectorInfoKeys.FinalObservation);
        Assert.True(end.Infos[0].ContainsKey("final_info"));
        Assert.Equal((int)end.Observations[0][0], end.Infos[0]["start"]);
    }

    [Fact]
    public void Disabled_autoreset_needs_a_masked_reset()
    {
        using var vector = Registry().MakeVector<float[], int>("Counter-v0", 2, mode: VectorMode.Sync, autoreset: AutoresetMode.Disabled);
        var first = vector.Reset(seed: 1).Observations.ToArray().Select(o => o[0]).ToArray();
        int[] actions = [1, 0];
        for (int t = 0; t < 3; t++)
        {
            vector.Step(actions);
        }
        Assert.Throws<InvalidOperationException>(() => vector.Step(actions));
        var reset = vector.Reset(seed: 50, mask: [true, false]);
        Assert.Equal(first[1] - 3, reset.Observations[1][0]);
        Assert.Equal(reset.Observations[0][0], reset.Observations[0][1]);
    }

    [Fact]
    public void Wrong_action_count_and_mask_length_are_explained()
    {
        using var vector = Registry().MakeVector<float[], int>("Counter-v0", 2, mode: VectorMode.Sync);
        vector.Reset(seed: 0);
        var actions = Assert.Throws<ArgumentException>(() => vector.Step(new int[3]));
        Assert.Contains("3 actions", actions.Message, StringComparison.Ordinal);
        var mask = Assert.Throws<ArgumentException>(() => vector.Reset(mask: new bool[1]));
        Assert.Contains("1 entries", mask.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Registry().MakeVector<float[], int>("Counter-v0", 2, mode: VectorMode.Native));
    }

    [Fact]
    public void Threaded_and_sync_give_identical_trajectories()
    {
        var registry = Registry();
        using var sync = registry.MakeVector<float[], int>("Counter-v0", 7, mode: VectorMode.Sync);
        using var threaded = registry.MakeVector<float[], int>("Counter-v0", 7, mode: VectorMode.Threaded);
        sync.Reset(seed: 9);
        threaded.Reset(seed: 9);
        var rng = new Core.Random.Rng(1);
        var actions = new int[7];
        for (int t = 0; t < 20; t++)
        {
            for (int i = 0; i < actions.Length; i++)
            {
                actions[i] = rng.NextInt(2);
            }
            var a = sync.Step(actions);
            var b = threaded.Step(actions);
            for (int i = 0; i < actions.Length; i++)
            {
                Assert.Equal(a.Observations[i], b.Observations[i]);
                Assert.Equal(a.Rewards[i], b.Rewards[i]);
                Assert.Equal(a.Truncated[i], b.Truncated[i]);
            }
        }
    }
}
