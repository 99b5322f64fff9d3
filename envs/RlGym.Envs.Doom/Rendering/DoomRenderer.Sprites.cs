using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>Sprites: projected, sorted far to near, and drawn column by column where they are nearer than the wall.</summary>
internal sealed partial class DoomRenderer
{
    private const float NearClip = 0.1f;

    private readonly SpriteDraw[] _draws = new SpriteDraw[DoomWorld.MaxThings];
    private readonly uint[] _shades = new uint[16];
    private int _drawCount;

    private void CollectSprites(ReadOnlySpan<Thing> things, Camera camera)
    {
        _drawCount = 0;
        for (int i = 0; i < things.Length; i++)
        {
            ref readonly Thing thing = ref things[i];
            float relX = (float)(thing.X / DoomMap.CellSize) - camera.X;
            float relY = (float)(thing.Y / DoomMap.CellSize) - camera.Y;
            float depth = relX * camera.DirX + relY * camera.DirY;
            if (depth < NearClip)
            {
                continue;
            }
            float lateral = relX * camera.PlaneX + relY * camera.PlaneY;
            ThingInfo info = ThingInfo.Of(thing.Kind);
            float scale = _focal / depth / DoomMap.CellSize;
            float width = (float)info.Width * scale, height = (float)info.Height * scale;
            float centre = _focal * (1 + lateral / depth);
            if (centre + width / 2 < 0 || centre - width / 2 > _width)
            {
                continue;
            }
            float bottom = _horizon + _focal * (EyeHeight - (float)info.Lift / DoomMap.CellSize) / depth;
            var draw = new SpriteDraw
            {
                Depth = depth,
                Left = centre - width / 2,
                Top = bottom - height,
                Width = width,
                Height = height,
                Kind = thing.Kind,
                Label = (byte)(i + 1),
                Light = Light(depth),
                Attacking = thing.Windup > 0,
            };
            int slot = _drawCount++;
            while (slot > 0 && _draws[slot - 1].Depth < depth)
            {
                _draws[slot] = _draws[slot - 1];
                slot--;
            }
            _draws[slot] = draw;
        }
    }

    private void DrawSprites() => Rasterize(new ColourWriter(_frame, _shades, Settings.Gray));

    /// <summary>
    /// Draws every collected sprite, far to near, through <paramref name="writer"/>: row by row (so writes run along
    /// memory), over the columns where the sprite is nearer than the wall.
    /// </summary>
    private void Rasterize<TWriter>(TWriter writer)
        where TWriter : struct, ISpritePixelWriter
    {
        Span<int> columnTexel = _width <= 2048 ? stackalloc int[_width] : new int[_width];
        for (int d = 0; d < _drawCount; d++)
        {
            ref readonly SpriteDraw draw = ref _draws[d];
            SpriteArt art = SpriteLibrary.Of(draw.Kind);
            int x0 = Math.Max(0, (int)MathF.Ceiling(draw.Left - 0.5f));
            int x1 = Math.Min(_width, (int)MathF.Ceiling(draw.Left + draw.Width - 0.5f));
            int y0 = Math.Max(0, (int)MathF.Ceiling(draw.Top - 0.5f));
            int y1 = Math.Min(_height, (int)MathF.Ceiling(draw.Top + draw.Height - 0.5f));
            if (x0 >= x1 || y0 >= y1)
            {
                continue;
            }
            float vScale = art.Height / draw.Height, uScale = art.Width / draw.Width;
            // Trim occluded columns at both ends; inner occluded columns read texel -1 and are skipped.
            while (x0 < x1 && draw.Depth >= _wallDepth[x0])
            {
                x0++;
            }
            while (x1 > x0 && draw.Depth >= _wallDepth[x1 - 1])
            {
                x1--;
            }
            if (x0 >= x1)
            {
                continue;
            }
            for (int x = x0; x < x1; x++)
            {
                columnTexel[x] = draw.Depth >= _wallDepth[x] ? -1 : Math.Min(art.Width - 1, (int)((x + 0.5f - draw.Left) * uScale));
            }
            writer.Begin(in draw);
            byte[] texels = art.Pixels;
            for (int y = y0; y < y1; y++)
            {
                int rowStart = Math.Min(art.Height - 1, (int)((y + 0.5f - draw.Top) * vScale)) * art.Width;
                int pixel = y * _width;
                for (int x = x0; x < x1; x++)
                {
                    int u = columnTexel[x];
                    if (u < 0)
                    {
                        continue;
                    }
                    byte index = texels[rowStart + u];
                    if (index != 0)
                    {
                        writer.Write(pixel + x, index);
                    }
                }
            }
        }
    }

    private void DrawWeapon(bool flash)
    {
        _pistol.Draw(_frame);
        if (flash)
        {
            _flash.Draw(_frame);
        }
    }

    private struct ColourWriter(uint[] frame, uint[] shades, bool gray) : ISpritePixelWriter
    {
        public readonly void Begin(in SpriteDraw draw)
        {
            uint[] palette = SpriteLibrary.Of(draw.Kind).Palette;
            float light = draw.Attacking ? Math.Min(1f, draw.Light * 1.35f) : draw.Light;
            for (int i = 1; i < palette.Length; i++)
            {
                shades[i] = Colour.Shade(palette[i], light, gray);
            }
        }

        public readonly void Write(int pixel, byte index) => frame[pixel] = shades[index];
    }
}
