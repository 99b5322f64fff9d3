using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers;

public sealed class RunningMeanStdTests
{
    /// <summary>The pooled mean and variance of Gymnasium's prior (weight 1e-4, mean 0, variance 1) and the samples: what the running update must equal.</summary>
    internal static (double Mean, double Variance) Pooled(IReadOnlyList<double> samples)
    {
        const double Prior = 1e-4;
        double total = Prior + samples.Count;
        double mean = samples.Sum() / total;
        double m2 = Prior * (1 + mean * mean) + samples.Sum(x => (x - mean) * (x - mean));
        return (mean, m2 / total);
    }

    [Fact]
    public void Starts_at_Gymnasiums_prior_and_equals_the_pooled_statistics_after_updates()
    {
        var statistics = new RunningMeanStd(1);
        Assert.Equal((1e-4, 0.0, 1.0), (statistics.Count, statistics.Mean[0], statistics.Variance[0]));
        double[] samples = [3, -1, 4, 1, 5, 9, 2, 6];

        foreach (double x in samples)
        {
            statistics.Update([(float)x]);
        }

        var (mean, variance) = Pooled(samples);
        Assert.Equal(mean, statistics.Mean[0], 9);
        Assert.Equal(variance, statistics.Variance[0], 9);
        Assert.Equal(8.0001, statistics.Count, 9);
    }

    [Fact]
    public void A_batch_update_equals_one_update_per_sample()
    {
        var batched = new RunningMeanStd(2);
        var single = new RunningMeanStd(2);
        float[][] batch = [[1f, 10f], [2f, 20f], [4f, -5f]];

        batched.Update(batch.AsSpan());
        foreach (var sample in batch)
        {
            single.Update(sample.AsSpan());
        }

        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(single.Mean[i], batched.Mean[i], 9);
            Assert.Equal(single.Variance[i], batched.Variance[i], 9);
        }
    }

    [Fact]
    public void State_round_trips_and_a_bad_state_is_refused()
    {
        var statistics = new RunningMeanStd(2);
        statistics.Update([1f, 2f]);
        var restored = new RunningMeanStd(2);

        restored.Restore(statistics.State);

        Assert.Equal(statistics.State.Count, restored.Count);
        Assert.Equal(statistics.Mean.ToArray(), restored.Mean.ToArray());
        Assert.Equal(statistics.Variance.ToArray(), restored.Variance.ToArray());
        var error = Assert.Throws<ArgumentException>(() => restored.Restore(new RunningMeanStdState(1, [0.0], [1.0])));
        Assert.Contains("size 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_batch_updates_as_the_same_samples_as_arrays_and_frozen_items_keep_their_statistics()
    {
        float[][] samples = [[1f, 10f], [3f, 20f], [8f, 60f]];
        var arrays = new RunningMeanStd(2);
        arrays.Update(samples);
        var flat = new RunningMeanStd(2);
        flat.Update(samples.SelectMany(s => s).ToArray(), samples.Length);
        var frozen = new RunningMeanStd(2);
        frozen.Update(samples.SelectMany(s => s).ToArray(), samples.Length, [false, true]);

        Assert.Equal(arrays.Count, flat.Count);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(arrays.Mean[i], flat.Mean[i], 12);
            Assert.Equal(arrays.Variance[i], flat.Variance[i], 12);
        }
        Assert.Equal(arrays.Mean[0], frozen.Mean[0], 12);
        Assert.Equal(0.0, frozen.Mean[1]);
        Assert.Equal(1.0, frozen.Variance[1]);
        Assert.Throws<ArgumentException>(() => flat.Update(new float[3], 2));
    }
}
