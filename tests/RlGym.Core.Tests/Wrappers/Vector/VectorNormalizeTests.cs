using RlGym.Core.Registry;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Tests.Wrappers;
using RlGym.Core.Vector;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers.Vector;

public sealed class VectorNormalizeTests
{
    private static IVectorEnvironment<float[], int> Vector(int count)
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Counter-v0") { MaxEpisodeSteps = 50 }, ctx => new CounterEnvironment(ctx));
        return registry.MakeVector<float[], int>("Counter-v0", count, mode: VectorMode.Sync);
    }

    [Fact]
    public void Vector_rewards_are_scaled_by_the_batch_statistics_of_every_copys_discounted_return()
    {
        using var vector = Vector(2).WithNormalizeReward(gamma: 0.5);
        vector.Reset(seed: 3);
        int[] actions = [1, 0];
        var returns = new List<double>();
        double[] g = [0, 0];
        for (int t = 0; t < 4; t++)
        {
            var result = vector.Step(actions);
            // Counter rewards the action: 1 for copy 0, 0 for copy 1.
            for (int i = 0; i < 2; i++)
            {
                g[i] = g[i] * 0.5 + actions[i];
                returns.Add(g[i]);
            }
            double scale = Math.Sqrt(RunningMeanStdTests.Pooled(returns).Variance + 1e-8);
            Assert.Equal(1 / scale, result.Rewards[0], 9);
            Assert.Equal(0.0, result.Rewards[1]);
        }
    }

    [Fact]
    public void Vector_observations_are_normalised_with_the_batch_statistics_and_freeze_for_evaluation()
    {
        using var vector = Vector(3).WithNormalizeObservation();
        var reset = vector.Reset(seed: 5);
        Assert.True(vector.TryFind<IObservationNormalizer>(out var normalizer));
        Assert.Equal(3.0001, normalizer.Count, 9);
        for (int item = 0; item < 2; item++)
        {
            // Three copies normalised with their own batch: the normalised items sum to about zero.
            double sum = reset.Observations[0][item] + reset.Observations[1][item] + reset.Observations[2][item];
            Assert.InRange(sum, -1e-3, 1e-3);
        }
        normalizer.UpdateStatistics = false;
        var saved = normalizer.State;
        vector.Step([1, 1, 1]);
        Assert.Equal(saved.Count, normalizer.State.Count);
        Assert.Equal(saved.Mean, normalizer.State.Mean);
    }

    [Fact]
    public void Vector_normalisation_allocates_nothing_per_step()
    {
        using var vector = Vector(2).WithNormalizeReward().WithNormalizeObservation();
        vector.Reset(seed: 1);
        int[] actions = [1, 0];
        vector.Step(actions);
        long before = GC.GetAllocatedBytesForCurrentThread();
        vector.Step(actions);
        long reward = GC.GetAllocatedBytesForCurrentThread() - before;
        // The Counter fixture itself allocates its observation arrays; the wrappers add nothing on top.
        using var bare = Vector(2);
        bare.Reset(seed: 1);
        bare.Step(actions);
        before = GC.GetAllocatedBytesForCurrentThread();
        bare.Step(actions);
        Assert.Equal(GC.GetAllocatedBytesForCurrentThread() - before, reward);
    }
}
