using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Spaces;

public sealed class BoxTests
{
    [Fact]
    public void Float_box_contains_values_within_bounds_and_of_the_right_length()
    {
        var box = new Box<float>(0f, 1f, 2, 2);
        Assert.Equal([2, 2], box.Shape);
        Assert.Equal(4, box.Size);
        Assert.True(box.Contains([0f, 0.5f, 1f, 0.25f]));
        Assert.False(box.Contains([0f, 0.5f, 1.01f, 0.25f]));
        Assert.False(box.Contains([0f, 0.5f, 1f]));
        Assert.False(box.Contains([float.NaN, 0, 0, 0]));
        Assert.Equal("Box(0, 1, (2, 2), float32)", box.ToString());
    }

    [Fact]
    public void Byte_and_int_boxes_sample_inclusive_integer_ranges()
    {
        var pixels = new Box<byte>(0, 255, 3);
        pixels.Seed(4);
        var samples = Enumerable.Range(0, 2000).SelectMany(_ => pixels.Sample()).ToArray();
        Assert.Contains((byte)255, samples);
        Assert.Contains((byte)0, samples);
        Assert.Equal("Box(0, 255, (3,), uint8)", pixels.ToString());

        var ints = new Box<int>(-1, 1, 1);
        ints.Seed(4);
        Assert.Equal([-1, 0, 1], Enumerable.Range(0, 300).Select(_ => ints.Sample()[0]).Distinct().Order());
    }

    [Fact]
    public void Per_item_bounds_and_unbounded_items_sample_inside()
    {
        var box = new Box<double>([0, double.NegativeInfinity, 5, double.NegativeInfinity], [1, 0, double.PositiveInfinity, double.PositiveInfinity], 4);
        box.Seed(8);
        for (int i = 0; i < 500; i++)
        {
            Assert.True(box.Contains(box.Sample()));
        }
    }

    [Fact]
    public void Bad_bounds_are_rejected_with_the_index()
    {
        var error = Assert.Throws<ArgumentException>(() => new Box<float>([0f, 2f], [1f, 1f], 2));
        Assert.Contains("bound 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Box<float>([0f], [1f], 2));
    }

    [Fact]
    public void Copy_is_deep_and_equality_is_elementwise()
    {
        var box = new Box<float>(0f, 1f, 2);
        float[] a = [0.1f, 0.2f];
        var copy = box.Copy(a);
        Assert.NotSame(a, copy);
        Assert.True(box.ValuesEqual(a, copy));
        copy[0] = 0.3f;
        Assert.False(box.ValuesEqual(a, copy));
    }

    [Fact]
    public void SampleInto_fills_without_allocating_a_new_array()
    {
        var box = new Box<float>(-1f, 1f, 3);
        box.Seed(1);
        var buffer = new float[3];
        box.SampleInto(buffer);
        Assert.True(box.Contains(buffer));
        Assert.Throws<ArgumentException>(() => box.SampleInto(new float[2]));
    }

    [Fact]
    public void Float_boxes_sample_fractions_not_just_whole_numbers()
    {
        var box = new Box<float>(-1f, 1f, 64);
        box.Seed(2);
        var sample = box.Sample();
        Assert.Contains(sample, v => v != MathF.Round(v));
        Assert.False(Box<float>.IsInteger);
        Assert.True(Box<byte>.IsInteger);
    }

    [Fact]
    public void A_full_range_byte_box_checks_the_length_and_a_narrower_one_every_item()
    {
        var image = new Box<byte>(0, 255, 2, 3);
        Assert.True(image.Contains([0, 255, 7, 9, 200, 1]));
        Assert.False(image.Contains(new byte[5]));
        Assert.False(image.Contains(null!));
        var narrow = new Box<byte>(0, 254, 2, 3);
        Assert.False(narrow.Contains([0, 255, 7, 9, 200, 1]));
        Assert.True(narrow.Contains([0, 254, 7, 9, 200, 1]));
    }
}
