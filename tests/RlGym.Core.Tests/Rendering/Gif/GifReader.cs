namespace RlGym.Core.Tests.Rendering.Gif;

/// <summary>A minimal GIF reader for tests: the screen size, the global palette, and every frame's delay and decoded pixel indices.</summary>
internal sealed class GifReader
{
    public GifReader(byte[] file)
    {
        Assert.Equal("GIF89a"u8.ToArray(), file[..6]);
        Width = file[6] | (file[7] << 8);
        Height = file[8] | (file[9] << 8);
        Assert.Equal(0xF7, file[10]);
        int at = 13 + 768;
        int delay = 0;
        while (file[at] != 0x3B)
        {
            byte kind = file[at++];
            if (kind == 0x21)
            {
                byte label = file[at++];
                if (label == 0xF9)
                {
                    delay = file[at + 2] | (file[at + 3] << 8);
                }
                at = SkipBlocks(file, at);
            }
            else
            {
                Assert.Equal(0x2C, kind);
                Assert.Equal((Width, Height), (file[at + 4] | (file[at + 5] << 8), file[at + 6] | (file[at + 7] << 8)));
                at += 9;
                int minCodeSize = file[at++];
                var data = new List<byte>();
                while (file[at] != 0)
                {
                    int length = file[at++];
                    data.AddRange(file.AsSpan(at, length).ToArray());
                    at += length;
                }
                at++;
                Frames.Add((delay, Decode(data.ToArray(), minCodeSize)));
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    public List<(int Delay, byte[] Indices)> Frames { get; } = [];

    private static int SkipBlocks(byte[] file, int at)
    {
        while (file[at] != 0)
        {
            at += file[at] + 1;
        }
        return at + 1;
    }

    private static byte[] Decode(byte[] data, int minCodeSize)
    {
        int clear = 1 << minCodeSize, end = clear + 1;
        var table = new List<byte[]>();
        var output = new List<byte>();
        int codeSize = minCodeSize + 1, bit = 0;
        byte[]? previous = null;
        void Reset()
        {
            table.Clear();
            for (int i = 0; i < clear + 2; i++)
            {
                table.Add([(byte)i]);
            }
            codeSize = minCodeSize + 1;
            previous = null;
        }
        Reset();
        while (true)
        {
            int code = 0;
            for (int i = 0; i < codeSize; i++, bit++)
            {
                code |= ((data[bit >> 3] >> (bit & 7)) & 1) << i;
            }
            if (code == clear)
            {
                Reset();
                continue;
            }
            if (code == end)
            {
                return [.. output];
            }
            byte[] entry = code < table.Count ? table[code] : [.. previous!, previous![0]];
            output.AddRange(entry);
            if (previous is not null && table.Count < 4096)
            {
                table.Add([.. previous, entry[0]]);
                if (table.Count == 1 << codeSize && codeSize < 12)
                {
                    codeSize++;
                }
            }
            previous = entry;
        }
    }
}
