using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// The automap (ViZDoom's automap buffer in its default mode): the whole map from above, scaled to fit the screen
/// and centred, wall cells grey on black, and the player as a white square with a short line along its facing. North
/// is up. The map's picture is drawn once; a frame copies it and draws the player, allocating nothing.
/// </summary>
internal sealed class AutomapRenderer
{
    private const byte Wall = 160;
    private const byte Player = 255;

    private readonly int _width;
    private readonly int _height;
    private readonly int _channels;
    private readonly byte[] _background;
    private readonly double _scale;
    private readonly double _left;
    private readonly double _top;
    private readonly int _mapHeight;

    public AutomapRenderer(DoomMap map, int width, int height, int channels)
    {
        ArgumentNullException.ThrowIfNull(map);
        _width = width;
        _height = height;
        _channels = channels;
        _mapHeight = map.Height;
        _scale = Math.Min((double)width / map.Width, (double)height / map.Height);
        _left = (width - map.Width * _scale) / 2;
        _top = (height - map.Height * _scale) / 2;
        _background = new byte[width * height * channels];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int cellX = (int)Math.Floor((x + 0.5 - _left) / _scale);
                int cellRow = (int)Math.Floor((y + 0.5 - _top) / _scale);
                if (cellX >= 0 && cellX < map.Width && cellRow >= 0 && cellRow < map.Height && map.IsWall(cellX, map.Height - 1 - cellRow))
                {
                    _background.AsSpan((y * width + x) * channels, channels).Fill(Wall);
                }
            }
        }
    }

    /// <summary>Bytes a frame takes: height x width x channels.</summary>
    public int Length => _background.Length;

    /// <summary>Writes the automap of <paramref name="world"/> into <paramref name="destination"/> (<see cref="Length"/> bytes).</summary>
    public void Write(DoomWorld world, Span<byte> destination)
    {
        _background.CopyTo(destination);
        var (px, py) = world.PlayerPosition;
        double sx = _left + px / DoomMap.CellSize * _scale;
        double sy = _top + (_mapHeight - py / DoomMap.CellSize) * _scale;
        int cx = (int)Math.Floor(sx), cy = (int)Math.Floor(sy);
        for (int dy = -1; dy <= 1; dy++)
        {
            for (int dx = -1; dx <= 1; dx++)
            {
                Plot(destination, cx + dx, cy + dy);
            }
        }
        double cos = Angles.Cos(world.PlayerAngle), sin = Angles.Sin(world.PlayerAngle);
        int reach = Math.Max(3, (int)(_scale / 2));
        for (int step = 2; step <= reach; step++)
        {
            Plot(destination, (int)Math.Floor(sx + cos * step), (int)Math.Floor(sy - sin * step));
        }
    }

    private void Plot(Span<byte> destination, int x, int y)
    {
        if ((uint)x < (uint)_width && (uint)y < (uint)_height)
        {
            destination.Slice((y * _width + x) * _channels, _channels).Fill(Player);
        }
    }
}
