namespace RlGym.Core.Rendering.Gif;

/// <summary>
/// Writes an animated GIF (GIF89a, looping forever) frame by frame: the fixed <see cref="GifPalette"/> as the global
/// colour table, one graphic control extension (the frame's delay) and one LZW-compressed full image per frame.
/// Hand-written on purpose, though GIF encoders exist as packages: ImageSharp 2.1.x (the last Apache-licensed line,
/// 2.1.13 is the one served) carries reported image-parsing flaws and 3.x moved to a split licence that is paid for
/// most commercial use; Magick.NET is a large native dependency for one output format; SkiaSharp and
/// StbImageWriteSharp (already used here) write single images only. GIF's writing side is small and fixed: a header,
/// one palette and an LZW stream per frame, with nothing to parse.
/// </summary>
public sealed class GifWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _indices;
    private readonly LzwEncoder _lzw = new();
    private bool _closed;

    /// <summary>Starts a GIF of <paramref name="width"/> x <paramref name="height"/> pixels on <paramref name="stream"/>, which the writer owns and closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a side is not between 1 and 65535.</exception>
    public GifWriter(Stream stream, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, ushort.MaxValue);
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

    /// <summary>The width in pixels.</summary>
    public int Width => _width;

    /// <summary>The height in pixels.</summary>
    public int Height => _height;

    /// <summary>Adds a frame of packed 0x00BBGGRR pixels shown for <paramref name="delayCentiseconds"/>.</summary>
    /// <exception cref="ArgumentException">When the frame does not hold width x height pixels.</exception>
    public void Add(ReadOnlySpan<uint> pixels, int delayCentiseconds)
    {
        RequirePixels(pixels.Length, 1);
        for (int i = 0; i < _indices.Length; i++)
        {
            _indices[i] = GifPalette.IndexOf(pixels[i]);
        }
        WriteFrame(delayCentiseconds);
    }

    /// <summary>Adds a frame of RGB bytes (3 a pixel, rows top to bottom, as <see cref="Frame.Pixels"/>) shown for <paramref name="delayCentiseconds"/>.</summary>
    /// <exception cref="ArgumentException">When the frame does not hold width x height x 3 bytes.</exception>
    public void AddRgb(ReadOnlySpan<byte> rgb, int delayCentiseconds)
    {
        RequirePixels(rgb.Length, 3);
        for (int i = 0; i < _indices.Length; i++)
        {
            uint packed = rgb[i * 3] | ((uint)rgb[i * 3 + 1] << 8) | ((uint)rgb[i * 3 + 2] << 16);
            _indices[i] = GifPalette.IndexOf(packed);
        }
        WriteFrame(delayCentiseconds);
    }

    private void RequirePixels(int length, int perPixel)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (length != _indices.Length * perPixel)
        {
            throw new ArgumentException($"The frame holds {length} values; a {_width}x{_height} GIF needs {_indices.Length * perPixel}.");
        }
    }

    private void WriteFrame(int delayCentiseconds)
    {
        Write([0x21, 0xF9, 0x04, 0x00]);
        WriteShort(Math.Clamp(delayCentiseconds, 0, ushort.MaxValue));
        Write([0x00, 0x00, 0x2C, 0, 0, 0, 0]);
        WriteShort(_width);
        WriteShort(_height);
        _stream.WriteByte(0);
        _lzw.Encode(_indices, _stream);
        Frames++;
    }

    /// <summary>Writes the trailer and closes the stream; safe to call twice.</summary>
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
