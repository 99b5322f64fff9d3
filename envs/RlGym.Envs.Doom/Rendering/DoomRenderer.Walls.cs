namespace RlGym.Envs.Doom.Rendering;

/// <summary>Wall casting: one DDA ray per column, then the column's span, texel step and colours.</summary>
internal sealed partial class DoomRenderer
{
    private const int TexelBits = 16;

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
    private readonly RayBatch _rays;
    private int _minTop;
    private int _maxBottom;

    private void CastWalls(DoomMap map, Camera camera)
    {
        _rays.Prepare(map, camera.X, camera.Y, camera.DirX, camera.DirY, camera.PlaneX, camera.PlaneY, _cameraX);
        _rays.Traverse();
        int minTop = _height, maxBottom = 0;
        for (int x = 0; x < _width; x++)
        {
            var (side, mapX, mapY, texture) = _rays.Hit(x);
            float rayX = camera.DirX + camera.PlaneX * _cameraX[x];
            float rayY = camera.DirY + camera.PlaneY * _cameraX[x];
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
