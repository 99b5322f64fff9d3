using RlGym.Core.Spaces;
using RlGym.Server.Protocol;
using RlGym.Server.Tensors;

namespace RlGym.Server.Tests.Tensors;

public sealed class SixteenBitItemsTests
{
    private static readonly Box<short> Glyphs = new(short.MinValue, short.MaxValue, 2, 3);

    [Fact]
    public void Int16_items_travel_widened_as_int32_and_the_description_keeps_int16()
    {
        var codec = SpaceCodecs.Create(Glyphs);
        Assert.Equal(DataType.Int32, Assert.Single(codec.Specs("glyphs")).Dtype);
        Assert.Equal("int16", codec.Describe()["dtype"]!.GetValue<string>());

        short[] glyphs = [-32768, -1, 0, 1, 2359, 32767];
        var fields = new Tensor[1];
        codec.Write(glyphs, fields, 0);
        Assert.Equal([-32768, -1, 0, 1, 2359, 32767], fields[0].Int32S.Array);
        Assert.Equal(glyphs, codec.Read(fields[0], "glyphs"));

        var packed = codec.Pack([glyphs, glyphs], 0);
        Assert.Equal(DataType.Int32, packed.Dtype);
        var unpacked = new short[2][];
        codec.Unpack(packed, unpacked, "glyphs");
        Assert.Equal(glyphs, unpacked[1]);
    }

    [Fact]
    public void A_widened_item_outside_int16_is_refused_with_its_value()
    {
        var codec = SpaceCodecs.Create(Glyphs);
        var tensor = ItemTypes.ToTensor<int>([0, 1, 2, 3, 4, 40000], [2, 3]);
        var refused = Assert.Throws<ProtocolException>(() => codec.Read(tensor, "glyphs"));
        Assert.Equal("Tensor 'glyphs' holds 40000, which is not a int16.", refused.Message);
        Assert.Equal("uint16", SpaceCodecs.Create(new Box<ushort>(0, 10, 4)).Describe()["dtype"]!.GetValue<string>());
    }
}
