namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// A sprite bitmap: palette indices row by row (0 transparent) and up to 15 colours, read from ASCII art where '.'
/// is transparent and each other character names a colour.
/// </summary>
internal sealed class SpriteArt
{
    public SpriteArt(string[] rows, params (char Symbol, int Rgb)[] palette)
    {
        Height = rows.Length;
        Width = rows.Max(r => r.Length);
        Palette = new uint[palette.Length + 1];
        Pixels = new byte[Width * Height];
        for (int i = 0; i < palette.Length; i++)
        {
            Palette[i + 1] = Colour.FromHex(palette[i].Rgb);
        }
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < rows[y].Length; x++)
            {
                char c = rows[y][x];
                if (c == '.')
                {
                    continue;
                }
                int index = Array.FindIndex(palette, p => p.Symbol == c);
                if (index < 0)
                {
                    throw new ArgumentException($"Sprite art uses '{c}' but its palette has no such colour.", nameof(rows));
                }
                Pixels[y * Width + x] = (byte)(index + 1);
            }
        }
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Palette indices, row-major; 0 is transparent.</summary>
    public byte[] Pixels { get; }

    /// <summary>Colours by index; entry 0 is unused.</summary>
    public uint[] Palette { get; }
}
