namespace RlGym.Envs.Doom.Rendering;

/// <summary>Wall casting: one DDA ray per column, then the column's span, texel step and colours.</summary>
internal sealed partial class DoomRenderer
{
    private const int TexelBits = 16;
    private const int TextureSize = 64;

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
        bool gray = Settings.Gray;
        int minTop = _height, maxBottom = 0;
        int startX = (int)MathF.Floor(camera.X), startY = (int)MathF.Floor(camera.Y);
        for (int x = 0; x < _width; x++)
        {
            float rayX = camera.DirX + camera.PlaneX * _cameraX[x];
            float rayY = camera.DirY + camera.PlaneY * _cameraX[x];
            float deltaX = rayX == 0 ? float.MaxValue : MathF.Abs(1f / rayX);
            float deltaY = rayY == 0 ? float.MaxValue : MathF.Abs(1f / rayY);
            int stepX = rayX < 0 ? -1 : 1, stepY = rayY < 0 ? -1 : 1;
            int mapX = startX, mapY = startY;
            float sideX = rayX < 0 ? (camera.X - mapX) * deltaX : (mapX + 1 - camera.X) * deltaX;
            float sideY = rayY < 0 ? (camera.Y - mapY) * deltaY : (mapY + 1 - camera.Y) * deltaY;
            int side = 0, texture = 1;
            for (int step = 0; step < maxSteps; step++)
            {
                if (sideX < sideY)
                {
                    sideX += deltaX;
                    mapX += stepX;
                    side = 0;
                }
                else
                {
                    sideY += deltaY;
                    mapY += stepY;
                    side = 1;
                }
                if ((uint)mapX >= (uint)mapWidth || (uint)mapY >= (uint)map.Height)
                {
                    texture = 1;
                    break;
                }
                texture = cells[mapY * mapWidth + mapX];
                if (texture != 0)
                {
                    break;
                }
            }
            float depth = side == 0 ? sideX - deltaX : sideY - deltaY;
            depth = Math.Clamp(depth, MinDepth, MaxDepth);
            float along = side == 0 ? camera.Y + depth * rayY : camera.X + depth * rayX;
            along -= MathF.Floor(along);
            int u = Math.Min(TextureSize - 1, (int)(along * TextureSize));
            if ((side == 0 && rayX > 0) || (side == 1 && rayY < 0))
            {
                u = TextureSize - 1 - u;
            }
            SetColumn(x, depth, side, texture, u, gray, ref minTop, ref maxBottom);
        }
        _minTop = minTop;
        _maxBottom = maxBottom;
    }

    private void SetColumn(int x, float depth, int side, int texture, int u, bool gray, ref int minTop, ref int maxBottom)
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
        float light = Light(depth) * (side == 1 ? 0.78f : 1f);
        _main[x] = (int)Colour.Shade(style.Main, light, gray);
        _mortar[x] = (int)Colour.Shade(style.Mortar, light, gray);
        _wallDepth[x] = depth;
    }
}
