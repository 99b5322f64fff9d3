using System.Buffers;
using RlGym.Cluster.Rollouts;
using RlGym.Envs.CatMouse;
using Xunit;

namespace RlGym.Cluster.Tests.Rollouts;

/// <summary>Observations and actions cross to and from rollout workers unchanged.</summary>
public sealed class ItemCodecTests
{
    [Fact]
    public void A_struct_an_array_and_a_nested_dict_come_back_as_they_went()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var observation = new CatMouseObservation(0.2f, 0.4f, 1f, 0f);
        ItemCodec<CatMouseObservation>.Create().Write(observation, buffer);
        ItemCodec<float[]>.Create().Write([1.5f, -2f], buffer);
        IReadOnlyDictionary<string, object> dict = new Dictionary<string, object>
        {
            ["glyphs"] = new short[] { 1, 2, 5976 },
            ["blstats"] = new long[] { -1, long.MaxValue },
            ["message"] = new byte[] { 72, 105 },
            ["inner"] = new Dictionary<string, object> { ["health"] = 3.5, ["alive"] = true, ["mask"] = new bool[] { true, false } },
            ["turn"] = 7,
        };
        ItemCodec<IReadOnlyDictionary<string, object>>.Create().Write(dict, buffer);

        ReadOnlySpan<byte> source = buffer.WrittenSpan;
        Assert.Equal(observation, ItemCodec<CatMouseObservation>.Create().Read(ref source));
        Assert.Equal([1.5f, -2f], ItemCodec<float[]>.Create().Read(ref source));
        var back = ItemCodec<IReadOnlyDictionary<string, object>>.Create().Read(ref source);
        Assert.Equal(0, source.Length);
        Assert.Equal(dict.Keys, back.Keys);
        Assert.Equal((short[])dict["glyphs"], (short[])back["glyphs"]);
        Assert.Equal((long[])dict["blstats"], (long[])back["blstats"]);
        Assert.Equal((byte[])dict["message"], (byte[])back["message"]);
        Assert.Equal(7, back["turn"]);
        var inner = (IReadOnlyDictionary<string, object>)back["inner"];
        Assert.Equal(3.5, inner["health"]);
        Assert.Equal(true, inner["alive"]);
        Assert.Equal([true, false], (bool[])inner["mask"]);
    }

    [Fact]
    public void An_item_type_that_cannot_travel_is_a_one_line_user_error()
    {
        var error = Assert.Throws<Core.UserInputException>(() => ItemCodec<string>.Create());
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }
}
