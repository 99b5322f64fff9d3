using RlGym.Agents.Ppo.Encoding;
using RlGym.Core.Spaces;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests.Encoding;

public sealed class ObservationEncodersTests
{
    [Fact]
    public void A_picture_becomes_channels_first_in_zero_to_one()
    {
        var encoder = ObservationEncoders.Create<byte[]>(new Box<byte>(0, 255, 8, 8, 2));
        var picture = new byte[8 * 8 * 2];
        picture[(3 * 8 + 5) * 2 + 1] = 255; // row 3, column 5, channel 1
        var encoded = new float[encoder.Size];
        encoder.Encode(picture, encoded);

        var segment = Assert.Single(encoder.Segments);
        Assert.Equal((2, 8, 8), (segment.Channels, segment.Height, segment.Width));
        Assert.Equal(1f, encoded[64 + 3 * 8 + 5]);
        Assert.Equal(1f, encoded.Sum());
    }

    [Fact]
    public void Discrete_is_one_hot_and_a_float_record_is_its_fields()
    {
        var discrete = ObservationEncoders.Create<int>(new Discrete(5, start: 1));
        var oneHot = new float[5];
        discrete.Encode(3, oneHot);
        Assert.Equal([0f, 0f, 1f, 0f, 0f], oneHot);

        var record = ObservationEncoders.Create<CatMouseObservation>(new CatMouseObservationSpace(6, 6));
        var numbers = new float[record.Size];
        record.Encode(new CatMouseObservation(0.2f, 0.4f, 0.6f, 1f), numbers);
        Assert.Equal([0.2f, 0.4f, 0.6f, 1f], numbers);
    }

    [Fact]
    public void NetHack_is_the_crop_around_the_hero_as_tokens_and_the_scaled_bottom_line()
    {
        var space = new DictSpace(
            KeyValuePair.Create("chars", (ISpace)new Box<byte>(0, 255, 21, 79)),
            KeyValuePair.Create("blstats", (ISpace)new Box<long>(int.MinValue, int.MaxValue, 27)));
        var encoder = ObservationEncoders.Create<IReadOnlyDictionary<string, object>>(space);
        var chars = new byte[21 * 79];
        chars[0 * 79 + 1] = (byte)'@';
        chars[1 * 79 + 2] = (byte)'d';
        var blstats = new long[27];
        blstats[0] = 1;  // x
        blstats[1] = 0;  // y
        blstats[9] = 100;
        var encoded = new float[encoder.Size];
        encoder.Encode(new Dictionary<string, object> { ["chars"] = chars, ["blstats"] = blstats }, encoded);

        Assert.Equal(81 + 27, encoder.Size);
        Assert.Equal(256, encoder.Segments[0].Vocabulary);
        Assert.Equal('@', encoded[4 * 9 + 4]);          // the centre is the hero
        Assert.Equal('d', encoded[5 * 9 + 5]);          // one down and one right
        Assert.Equal(0f, encoded[0]);                   // off the map
        Assert.Equal((float)Math.Log(101), encoded[81 + 9], 5);
    }

    [Fact]
    public void An_unreadable_space_is_named_with_what_is_supported()
    {
        var error = Assert.Throws<ArgumentException>(() => ObservationEncoders.Create<string>(new TextSpace(10)));
        Assert.Contains("Text", error.Message, StringComparison.Ordinal);
        Assert.Contains("supported observation spaces", error.Message, StringComparison.Ordinal);
    }
}
