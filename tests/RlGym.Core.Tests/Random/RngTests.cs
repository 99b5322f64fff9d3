using RlGym.Core.Random;

namespace RlGym.Core.Tests.Random;

public sealed class RngTests
{
    // Reference values computed with an independent implementation of SplitMix64 seeding + xoshiro256**.
    [Theory]
    [InlineData(0UL, 0x99ec5f36cb75f2b4UL, 0xbf6e1f784956452aUL, 0x1a5f849d4933e6e0UL)]
    [InlineData(42UL, 0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL)]
    public void Stream_is_xoshiro256starstar_seeded_by_splitmix64(ulong seed, ulong first, ulong second, ulong third)
    {
        var rng = new Rng(seed);
        Assert.Equal(first, rng.NextUInt64());
        Assert.Equal(second, rng.NextUInt64());
        Assert.Equal(third, rng.NextUInt64());
    }

    [Fact]
    public void Reseed_restarts_the_stream()
    {
        var rng = new Rng(7);
        ulong a = rng.NextUInt64();
        rng.NextUInt64();
        rng.Reseed(7);
        Assert.Equal(a, rng.NextUInt64());
        Assert.Equal(7UL, rng.Seed);
    }

    [Fact]
    public void State_round_trips()
    {
        var rng = new Rng(3);
        rng.NextUInt64();
        var state = rng.GetState();
        ulong expected = rng.NextUInt64();
        rng.SetState(state);
        Assert.Equal(expected, rng.NextUInt64());
        Assert.Throws<ArgumentException>(() => rng.SetState(default));
    }

    [Fact]
    public void NextInt_is_in_range_and_roughly_uniform()
    {
        var rng = new Rng(1);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[rng.NextInt(6)]++;
        }
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
    }

    [Fact]
    public void NextLong_includes_both_ends()
    {
        var rng = new Rng(5);
        var seen = new HashSet<long>();
        for (int i = 0; i < 1000; i++)
        {
            seen.Add(rng.NextLong(-2, 2));
        }
        Assert.Equal([-2L, -1, 0, 1, 2], seen.Order());
    }

    [Fact]
    public void Doubles_and_singles_are_in_the_unit_interval()
    {
        var rng = new Rng(9);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.InRange(rng.NextDouble(), 0.0, 0.9999999999999999);
            Assert.InRange(rng.NextSingle(), 0f, 0.99999994f);
        }
    }

    [Fact]
    public void Derived_seeds_differ_by_index_and_repeat()
    {
        Assert.Equal(Rng.DeriveSeed(10, 0), Rng.DeriveSeed(10, 0));
        Assert.NotEqual(Rng.DeriveSeed(10, 0), Rng.DeriveSeed(10, 1));
        Assert.NotEqual(Rng.DeriveSeed(10, 0), Rng.DeriveSeed(11, 0));
    }
}
