using RlGym.Core.Rendering.Gif;

namespace RlGym.Core.Tests.Rendering.Gif;

public sealed class GifWriterTests
{
    [Fact]
    public void LzwSurvivesDictionaryResetsOnNoisyImages()
    {
        var indices = new byte[300 * 200];
        ulong state = 12345;
        for (int i = 0; i < indices.Length; i++)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            indices[i] = i % 7 == 0 ? (byte)(state >> 56) : (byte)(i / 300 % 3);
        }
        using var stream = new MemoryStream();
        new LzwEncoder().Encode(indices, stream);
        byte[] encoded = stream.ToArray();
        var file = new List<byte>();
        file.AddRange("GIF89a"u8.ToArray());
        file.AddRange([44, 1, 200, 0, 0xF7, 0, 0]);
        file.AddRange(new byte[768]);
        file.AddRange([0x2C, 0, 0, 0, 0, 44, 1, 200, 0, 0]);
        file.AddRange(encoded);
        file.Add(0x3B);
        var gif = new GifReader([.. file]);
        Assert.Equal(indices, Assert.Single(gif.Frames).Indices);
    }
}
