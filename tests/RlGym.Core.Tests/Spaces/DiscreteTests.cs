using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Spaces;

public sealed class DiscreteTests
{
    [Fact]
    public void Contains_respects_start_and_n()
    {
        var space = new Discrete(3, start: -1);
        Assert.True(space.Contains(-1));
        Assert.True(space.Contains(1));
        Assert.False(space.Contains(2));
        Assert.False(space.Contains(-2));
        Assert.Equal("Discrete(3, start=-1)", space.ToString());
        Assert.Equal("Discrete(4)", new Discrete(4).ToString());
    }

    [Fact]
    public void Needs_a_positive_n()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Discrete(0));
        Assert.Contains("n > 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeded_samples_repeat_and_cover_the_space()
    {
        var space = new Discrete(5, start: 10);
        space.Seed(3);
        var first = Enumerable.Range(0, 200).Select(_ => space.Sample()).ToArray();
        space.Seed(3);
        var second = Enumerable.Range(0, 200).Select(_ => space.Sample()).ToArray();
        Assert.Equal(first, second);
        Assert.Equal([10, 11, 12, 13, 14], first.Distinct().Order());
    }

    [Fact]
    public void Masked_sampling_only_draws_allowed_values()
    {
        var space = new Discrete(4);
        space.Seed(1);
        byte[] mask = [0, 1, 0, 1];
        var drawn = Enumerable.Range(0, 100).Select(_ => space.Sample(mask)).Distinct().Order().ToArray();
        Assert.Equal([1, 3], drawn);
        Assert.Equal(0, space.Sample(new byte[4]));
        Assert.Throws<ArgumentException>(() => space.Sample(new byte[3]));
        Assert.Throws<ArgumentException>(() => space.Sample(new byte[] { 0, 2, 0, 0 }));
    }

    [Fact]
    public void Probability_sampling_follows_the_weights()
    {
        var space = new Discrete(3);
        space.Seed(2);
        double[] p = [0.0, 0.25, 0.75];
        var counts = new int[3];
        for (int i = 0; i < 8000; i++)
        {
            counts[space.Sample(p)]++;
        }
        Assert.Equal(0, counts[0]);
        Assert.InRange(counts[2] / 8000.0, 0.72, 0.78);
        Assert.Throws<ArgumentException>(() => space.Sample(new[] { 0.5, 0.6, 0.0 }));
        Assert.Throws<ArgumentException>(() => space.Sample(new[] { -0.5, 1.5, 0.0 }));
    }
}
