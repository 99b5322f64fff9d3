using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Spaces;

public sealed class SequenceAndOneOfTests
{
    [Fact]
    public void Sequence_contains_any_length_of_items_in_its_item_space()
    {
        var space = new SequenceSpace<int>(new Discrete(3));

        Assert.True(space.Contains([]));
        Assert.True(space.Contains([0, 2, 1, 1]));
        Assert.False(space.Contains([0, 3]));
        Assert.False(space.Contains(null!));
        Assert.Empty(space.Shape);
        Assert.Equal("Sequence(Discrete(3), stack=False)", space.ToString());
        Assert.Equal("(0, 2)", space.Format(new[] { 0, 2 }));
    }

    [Fact]
    public void Sequence_samples_repeat_under_a_seed_and_have_geometric_lengths()
    {
        var a = new SequenceSpace<int>(new Discrete(5));
        var b = new SequenceSpace<int>(new Discrete(5));
        a.Seed(3);
        b.Seed(3);
        double total = 0;
        const int Draws = 2000;
        for (int i = 0; i < Draws; i++)
        {
            var x = a.Sample();
            Assert.True(a.ValuesEqual(x, b.Sample()));
            Assert.True(a.Contains(x));
            Assert.NotEmpty(x);
            total += x.Length;
        }
        // Geometric(0.25) has mean 4; the standard error over 2000 draws is about 0.08.
        Assert.InRange(total / Draws, 3.6, 4.4);
        Assert.Equal(7, a.Sample(7).Length);
    }

    [Fact]
    public void Sequence_copy_is_deep_and_equality_is_item_wise()
    {
        var space = new SequenceSpace<float[]>(new Box<float>(0f, 1f, 2));
        float[][] value = [[0.1f, 0.2f], [0.3f, 0.4f]];

        var copy = space.Copy(value);
        Assert.True(space.ValuesEqual(value, copy));
        copy[1][0] = 0.9f;

        Assert.False(space.ValuesEqual(value, copy));
        Assert.False(space.ValuesEqual(value, [[0.1f, 0.2f]]));
    }

    [Fact]
    public void OneOf_contains_an_index_and_an_element_of_that_sub_space()
    {
        var space = new OneOfSpace(new Discrete(2), new Box<float>(0f, 1f, 2));

        Assert.True(space.Contains(new OneOfValue(0, 1)));
        Assert.True(space.Contains(new OneOfValue(1, new[] { 0.5f, 0.5f })));
        Assert.False(space.Contains(new OneOfValue(0, new[] { 0.5f, 0.5f })));
        Assert.False(space.Contains(new OneOfValue(2, 1)));
        Assert.Equal("OneOf(Discrete(2), Box(0, 1, (2,), float32))", space.ToString());
        Assert.Equal("(1, [0.5, 0.5])", space.Format(new OneOfValue(1, new[] { 0.5f, 0.5f })));
    }

    [Fact]
    public void OneOf_samples_every_sub_space_and_repeats_under_a_seed()
    {
        var a = new OneOfSpace(new Discrete(2), new MultiBinary(3));
        var b = new OneOfSpace(new Discrete(2), new MultiBinary(3));
        a.Seed(11);
        b.Seed(11);
        var seen = new HashSet<int>();
        for (int i = 0; i < 50; i++)
        {
            var x = a.Sample();
            Assert.True(a.Contains(x));
            Assert.True(a.ValuesEqual(x, b.Sample()));
            seen.Add(x.Index);
        }
        Assert.Equal([0, 1], seen.Order());
    }

    [Fact]
    public void OneOf_copy_is_deep()
    {
        var space = new OneOfSpace(new MultiBinary(2));
        var value = new OneOfValue(0, new byte[] { 1, 0 });

        var copy = space.Copy(value);
        ((byte[])copy.Value)[0] = 0;

        Assert.False(space.ValuesEqual(value, copy));
    }
}
