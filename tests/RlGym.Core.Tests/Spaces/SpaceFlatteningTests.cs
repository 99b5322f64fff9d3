using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Spaces;

public sealed class SpaceFlatteningTests
{
    [Fact]
    public void Discrete_flattens_to_a_one_hot_vector_from_its_start()
    {
        var space = new Discrete(4, start: -1);

        Assert.Equal(4, SpaceFlattening.FlatDim(space));
        Assert.Equal([0f, 0f, 1f, 0f], SpaceFlattening.Flatten(space, 1));
        Assert.Equal(1, SpaceFlattening.Unflatten(space, [0f, 0f, 1f, 0f]));
        Assert.Equal("Box(0, 1, (4,), float32)", SpaceFlattening.FlattenSpace(space).ToString());
    }

    [Fact]
    public void MultiDiscrete_concatenates_one_hot_vectors()
    {
        var space = new MultiDiscrete([2, 3]);

        Assert.Equal([0f, 1f, 0f, 0f, 1f], SpaceFlattening.Flatten(space, [1, 2]));
        Assert.Equal([1, 2], SpaceFlattening.Unflatten(space, [0f, 1f, 0f, 0f, 1f]));
    }

    [Fact]
    public void MultiBinary_and_Box_flatten_as_they_are_row_major()
    {
        Assert.Equal([1f, 0f, 1f], SpaceFlattening.Flatten(new MultiBinary(3), [1, 0, 1]));
        var image = new Box<byte>(0, 255, 2, 2);
        Assert.Equal([1f, 2f, 3f, 255f], SpaceFlattening.Flatten(image, [1, 2, 3, 255]));
        Assert.Equal(new byte[] { 1, 2, 3, 255 }, SpaceFlattening.Unflatten(image, [1f, 2f, 3f, 255f]));
        Assert.Equal("Box(0, 255, (4,), float32)", SpaceFlattening.FlattenSpace(image).ToString());
    }

    [Fact]
    public void Dict_flattens_in_ordinal_key_order_whatever_order_it_was_built_in()
    {
        var space = new DictSpace(
            KeyValuePair.Create("zeta", (ISpace)new Discrete(2)),
            KeyValuePair.Create("alpha", (ISpace)new Box<float>(-1f, 1f, 2)));
        var value = new Dictionary<string, object> { ["zeta"] = 1, ["alpha"] = new[] { 0.5f, -0.5f } };

        float[] flat = SpaceFlattening.Flatten(space, value);

        Assert.Equal([0.5f, -0.5f, 0f, 1f], flat);
        Assert.True(space.ValuesEqual(value, SpaceFlattening.Unflatten(space, flat)));
        var box = SpaceFlattening.FlattenSpace(space);
        Assert.Equal([-1f, -1f, 0f, 0f], box.Low.ToArray());
    }

    [Fact]
    public void Tuple_flattens_in_order_and_text_pads_with_the_charset_size()
    {
        var text = new TextSpace(4, 0, "ab");
        var space = new TupleSpace(new Discrete(2), text);

        float[] flat = SpaceFlattening.Flatten(space, [0, "ba"]);

        Assert.Equal([1f, 0f, 1f, 0f, 2f, 2f], flat);
        Assert.True(space.ValuesEqual([0, "ba"], SpaceFlattening.Unflatten(space, flat)));
    }

    [Fact]
    public void OneOf_flattens_to_its_index_then_the_part_padded_with_zeros()
    {
        var space = new OneOfSpace(new Discrete(3), new Box<float>(-2f, 2f, 1));

        Assert.Equal(4, SpaceFlattening.FlatDim(space));
        Assert.Equal([1f, 1.5f, 0f, 0f], SpaceFlattening.Flatten(space, new OneOfValue(1, new[] { 1.5f })));
        Assert.Equal(new OneOfValue(0, 2), SpaceFlattening.Unflatten(space, [0f, 0f, 0f, 1f]));
        var box = SpaceFlattening.FlattenSpace(space);
        Assert.Equal([0f, -2f, 0f, 0f], box.Low.ToArray());
        Assert.Equal([1f, 2f, 1f, 1f], box.High.ToArray());
    }

    [Fact]
    public void Random_elements_of_every_flattenable_space_survive_a_round_trip_and_lie_in_the_flat_space()
    {
        ISpace[] spaces =
        [
            new Discrete(5, 3), new MultiDiscrete([2, 4, 3]), new MultiBinary(2, 3), new Box<int>(-5, 5, 3, 2),
            new TextSpace(6, 1), new TupleSpace(new Discrete(2), new MultiBinary(2)),
            new DictSpace(KeyValuePair.Create("b", (ISpace)new Discrete(3)), KeyValuePair.Create("a", (ISpace)new Box<float>(0f, 1f, 2))),
            new OneOfSpace(new Discrete(2), new MultiDiscrete([3, 3])),
        ];
        foreach (var space in spaces)
        {
            space.Seed(7);
            var flatSpace = SpaceFlattening.FlattenSpace(space);
            var buffer = new float[SpaceFlattening.FlatDim(space)];
            for (int i = 0; i < 20; i++)
            {
                object value = space.SampleObject();
                SpaceFlattening.FlattenObject(space, value, buffer);
                Assert.True(flatSpace.Contains(buffer), $"{space}: {string.Join(", ", buffer)} is not in {flatSpace}");
                object back = ((IFlattenableSpace)space).UnflattenObject(buffer);
                Assert.True(space.ValuesEqualObject(value, back), $"{space}: {space.Format(value)} came back as {space.Format(back)}");
            }
        }
    }

    [Fact]
    public void Flattening_into_a_caller_buffer_allocates_nothing()
    {
        var space = new DictSpace(KeyValuePair.Create("x", (ISpace)new Box<float>(0f, 1f, 8)), KeyValuePair.Create("d", (ISpace)new MultiBinary(4)));
        var value = space.Sample();
        var discrete = new Discrete(6);
        var buffer = new float[12];
        var oneHot = new float[6];
        SpaceFlattening.Flatten(space, value, buffer);
        SpaceFlattening.Flatten(discrete, 3, oneHot);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            SpaceFlattening.Flatten(space, value, buffer);
            SpaceFlattening.Flatten(discrete, i % 6, oneHot);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_sequence_cannot_be_flattened_and_the_error_names_it()
    {
        var space = new SequenceSpace<int>(new Discrete(3));

        var error = Assert.Throws<NotSupportedException>(() => SpaceFlattening.FlatDim(space));

        Assert.Contains("Sequence(Discrete(3), stack=False)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_and_buffers_are_refused_with_the_value_and_the_space()
    {
        var space = new Discrete(3);

        var outside = Assert.Throws<ArgumentException>(() => SpaceFlattening.Flatten(space, 7));
        var shortBuffer = Assert.Throws<ArgumentException>(() => SpaceFlattening.Flatten(space, 1, new float[2]));
        var noHot = Assert.Throws<ArgumentException>(() => SpaceFlattening.Unflatten(space, [0f, 0f, 0f]));

        Assert.Contains("7", outside.Message, StringComparison.Ordinal);
        Assert.Contains("Discrete(3)", outside.Message, StringComparison.Ordinal);
        Assert.Contains("needs 3", shortBuffer.Message, StringComparison.Ordinal);
        Assert.Contains("no nonzero", noHot.Message, StringComparison.Ordinal);
    }
}
