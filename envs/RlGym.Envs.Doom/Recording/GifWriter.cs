namespace RlGym.Envs.Doom.Recording;

/// <summary>
/// Writes an animated GIF (GIF89a, looping forever) frame by frame: the fixed <see cref="GifPalette"/> as the global
/// colour table, one graphic control extension (the frame's delay) and one LZW-compressed full image per frame.
/// Hand-written because no GIF encoder is among the packages served here (SkiaSharp and StbImageWriteSharp write
/// single images only); GIF's format is small and fixed.
/// </summary>
internal sealed class GifWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _indices;
    private readonly LzwEncoder _lzw = new();
    private bool _closed;

    public GifWriter(Stream stream, int width, int height)
    {
        _stream = stream;
        _width = width;
        _height = height;
        _indices = new byte[width * height];
        Write("GIF89a"u8);
        WriteShort(width);
        WriteShort(height);
        _stream.WriteByte(0xF7);
        _stream.WriteByte(0);
        _stream.WriteByte(0);
        _stream.Write(GifPalette.Table);
        Write([0x21, 0xFF, 0x0B]);
        Write("NETSCAPE2.0"u8);
        Write([0x03, 0x01, 0x00, 0x00, 0x00]);
    }

    /// <summary>Frames written so far.</summary>
    public int Frames { get; private set; }

    /// <summary>Adds a frame of packed 0x00BBGGRR pixels shown for <paramref name="delayCentiseconds"/>.</summary>
    public void Add(ReadOnlySpan<uint> pixels, int delayCentiseconds)
    {
        for (int i = 0; i < _indices.Length; i++)
        {
            _indices[i] = GifPalette.IndexOf(pixels[i]);
        }
        Write([0x21, 0xF9, 0x04, 0x00]);
        WriteShort(Math.Clamp(delayCentiseconds, 0, ushort.MaxValue));
        Write([0x00, 0x00, 0x2C, 0, 0, 0, 0]);
        WriteShort(_width);
        WriteShort(_height);
        _stream.WriteByte(0);
        _lzw.Encode(_indices, _stream);
        Frames++;
    }

    /// <summary>Writes the trailer and closes the stream.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _stream.WriteByte(0x3B);
        _stream.Dispose();
    }

    private void Write(ReadOnlySpan<byte> bytes) => _stream.Write(bytes);

    private void WriteShort(int value)
    {
        _stream.WriteByte((byte)value);
        _stream.WriteByte((byte)(value >> 8));
    }
}
