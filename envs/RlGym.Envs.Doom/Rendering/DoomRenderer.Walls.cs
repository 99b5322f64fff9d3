namespace RlGym.Envs.Doom.Rendering;

/// <summary>Wall casting: one DDA ray per column, then the column's span, texel step and colours.</summary>
internal sealed partial class DoomRenderer
{
    private const int TexelBits = 16;

    /// <summary>A ray parallel to an axis never crosses that axis' grid lines: a huge but finite step keeps the arithmetic free of infinities.</summary>
    private const float Far = 1 << 20;
    private const int TextureSize = 64;
    private const int WallTextures = 9;
    private const int LightLevels = 128;

    /// <summary>Walls facing north or south are drawn darker, as in Wolfenstein 3D, so corners read.</summary>
    private const float SideLight = 0.78f;

    /// <summary>Main and mortar colours by texture, side and light level.</summary>
    private readonly uint[] _wallShades;

    private readonly int[] _top;
    private readonly int[] _bottom;
    private readonly int[] _vBase;
    private readonly int[] _vStep;
    private readonly int[] _rowMask;
    private readonly int[] _brickBit;
    private readonly int[] _jointEven;
    private readonly int[] _jointOdd;
    private readonly int[] _main;
    private readonly int[] _mortar;
    private readonly float[] _wallDepth;
    private int _minTop;
    private int _maxBottom;

    private void CastWalls(DoomMap map, Camera camera)
    {
        ReadOnlySpan<byte> cells = map.Cells;
        int mapWidth = map.Width;
        int maxSteps = 2 * (map.Width + map.Height) + 4;
        int minTop = _height, maxBottom = 0;
        int startX = (int)MathF.Floor(camera.X), startY = (int)MathF.Floor(camera.Y);
        int start = startY * mapWidth + startX;
        for (int x = 0; x < _width; x++)
        {
            float rayX = camera.DirX + camera.PlaneX * _cameraX[x];
            float rayY = camera.DirY + camera.PlaneY * _cameraX[x];
            // Traverse the grid in fixed point: an integer compare-and-mask step has a short dependency chain, where
            // float steps (or a branch on which grid line comes first) cost several times more.
            long deltaX = Fixed(rayX == 0 ? Far : MathF.Abs(1f / rayX));
            long deltaY = Fixed(rayY == 0 ? Far : MathF.Abs(1f / rayY));
            float fracX = rayX < 0 ? camera.X - startX : startX + 1 - camera.X;
            float fracY = rayY < 0 ? camera.Y - startY : startY + 1 - camera.Y;
            long sideX = (long)(fracX * (double)deltaX), sideY = (long)(fracY * (double)deltaY);
            int stepX = rayX < 0 ? -1 : 1, stepY = rayY < 0 ? -mapWidth : mapWidth;
            int cell = start, texture = 1, mapX = startX, mapY = startY;
            int unitX = rayX < 0 ? -1 : 1, unitY = rayY < 0 ? -1 : 1;
            long alongX = 0;
            for (int step = 0; step < maxSteps; step++)
            {
                alongX = (sideX - sideY) >> 63;
                sideX += deltaX & alongX;
                sideY += deltaY & ~alongX;
                cell += (stepX & (int)alongX) | (stepY & ~(int)alongX);
                mapX += unitX & (int)alongX;
                mapY += unitY & ~(int)alongX;
                if ((uint)cell >= (uint)cells.Length)
                {
                    (mapX, mapY) = (startX, startY);
                    break;
                }
                texture = cells[cell];
                if (texture != 0)
                {
                    break;
                }
            }
            int side = alongX == 0 ? 1 : 0;
            float depth = side == 0
                ? (mapX - camera.X + (rayX < 0 ? 1 : 0)) / rayX
                : (mapY - camera.Y + (rayY < 0 ? 1 : 0)) / rayY;
            depth = Math.Clamp(depth, MinDepth, MaxDepth);
            float along = side == 0 ? camera.Y + depth * rayY : camera.X + depth * rayX;
            along -= MathF.Floor(along);
            int u = Math.Min(TextureSize - 1, (int)(along * TextureSize));
            if ((side == 0 && rayX > 0) || (side == 1 && rayY < 0))
            {
                u = TextureSize - 1 - u;
            }
            SetColumn(x, depth, side, Math.Max(texture, 1), u, ref minTop, ref maxBottom);
        }
        _minTop = minTop;
        _maxBottom = maxBottom;
    }

    /// <summary>A distance in cells as a 40.24 fixed-point integer, capped far beyond any map.</summary>
    private static long Fixed(float cells) => (long)(Math.Min(cells, 1 << 20) * (1 << 24));

    private void SetColumn(int x, float depth, int side, int texture, int u, ref int minTop, ref int maxBottom)
    {
        float lineHeight = _focal / depth;
        float top = _horizon - lineHeight * (1 - EyeHeight);
        float bottom = _horizon + lineHeight * EyeHeight;
        int yTop = Math.Clamp((int)MathF.Ceiling(top - 0.5f), 0, _height);
        int yBottom = Math.Clamp((int)MathF.Ceiling(bottom - 0.5f), 0, _height);
        _top[x] = yTop;
        _bottom[x] = yBottom;
        minTop = Math.Min(minTop, yTop);
        maxBottom = Math.Max(maxBottom, yBottom);
        double texelsPerPixel = TextureSize / (double)lineHeight * (1 << TexelBits);
        _vStep[x] = (int)Math.Min(int.MaxValue / 4, texelsPerPixel);
        _vBase[x] = (int)Math.Clamp((0.5 - top) * texelsPerPixel, int.MinValue / 4, int.MaxValue / 4);
        WallStyle style = WallStyle.Of(texture);
        _rowMask[x] = style.BrickHeight - 1;
        _brickBit[x] = style.BrickHeight;
        _jointEven[x] = (u & (style.BrickWidth - 1)) < WallStyle.Joint ? -1 : 0;
        _jointOdd[x] = ((u + style.BrickWidth / 2) & (style.BrickWidth - 1)) < WallStyle.Joint ? -1 : 0;
        int shade = ShadeIndex(texture, side, (int)(Light(depth) * (LightLevels - 1) + 0.5f));
        _main[x] = (int)_wallShades[shade];
        _mortar[x] = (int)_wallShades[shade + 1];
        _wallDepth[x] = depth;
    }

    private static int ShadeIndex(int texture, int side, int level) => (((Math.Clamp(texture, 1, WallTextures) - 1) * 2 + side) * LightLevels + level) * 2;
}
