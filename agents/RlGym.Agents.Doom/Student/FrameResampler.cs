namespace RlGym.Agents.Doom.Student;

/// <summary>
/// Turns an observation of any size, RGB or grey, into the student's grey frame: each target pixel is the mean of the
/// source pixels its area covers, grey by the renderer's own ITU-R 601 weights, so a student trained on the
/// environment's <c>screen_format=gray</c> at its own resolution can also watch the default 160x120 RGB screen.
/// When the observation already has the student's shape it is copied unchanged.
/// </summary>
internal sealed class FrameResampler
{
    private readonly int _sourceWidth;
    private readonly int _sourceHeight;
    private readonly int _channels;
    private readonly int _width;
    private readonly int _height;

    public FrameResampler(int sourceHeight, int sourceWidth, int channels, int height, int width)
    {
        if (channels is not (1 or 3))
        {
            throw new ArgumentException($"Doom observations have 1 (grey) or 3 (RGB) channels, not {channels}.", nameof(channels));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceHeight, 1);
        _sourceWidth = sourceWidth;
        _sourceHeight = sourceHeight;
        _channels = channels;
        _width = width;
        _height = height;
    }

    /// <summary>True when observations are already the student's frames.</summary>
    public bool IsIdentity => _channels == 1 && _sourceWidth == _width && _sourceHeight == _height;

    /// <summary>Writes the grey frame of <paramref name="observation"/> into <paramref name="frame"/>.</summary>
    public void Resample(ReadOnlySpan<byte> observation, Span<byte> frame)
    {
        if (observation.Length != _sourceWidth * _sourceHeight * _channels)
        {
            throw new ArgumentException($"Expected an observation of {_sourceHeight}x{_sourceWidth}x{_channels} bytes, got {observation.Length}.", nameof(observation));
        }
        if (frame.Length != _width * _height)
        {
            throw new ArgumentException($"Expected a frame of {_width * _height} bytes, got {frame.Length}.", nameof(frame));
        }
        if (IsIdentity)
        {
            observation.CopyTo(frame);
            return;
        }
        for (int y = 0; y < _height; y++)
        {
            int y0 = y * _sourceHeight / _height, y1 = Math.Max(y0 + 1, (y + 1) * _sourceHeight / _height);
            for (int x = 0; x < _width; x++)
            {
                int x0 = x * _sourceWidth / _width, x1 = Math.Max(x0 + 1, (x + 1) * _sourceWidth / _width);
                int sum = 0;
                for (int sy = y0; sy < y1; sy++)
                {
                    for (int sx = x0; sx < x1; sx++)
                    {
                        sum += Grey(observation, (sy * _sourceWidth + sx) * _channels);
                    }
                }
                int count = (y1 - y0) * (x1 - x0);
                frame[y * _width + x] = (byte)((sum + count / 2) / count);
            }
        }
    }

    private int Grey(ReadOnlySpan<byte> observation, int at) =>
        _channels == 1 ? observation[at] : (observation[at] * 77 + observation[at + 1] * 150 + observation[at + 2] * 29 + 128) >> 8;
}
