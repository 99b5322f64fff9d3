namespace RlGym.Core.Rendering.Gif;

/// <summary>
/// The fixed 256-colour palette of recorded GIFs: a 6 x 7 x 6 colour cube (252 colours, green finer as the eye is
/// most sensitive to it) and four extra greys, with a 32768-entry table from 15-bit colour to the nearest entry.
/// </summary>
internal static class GifPalette
{
    private const int RedLevels = 6, GreenLevels = 7, BlueLevels = 6;
    private static readonly byte[] Lookup = BuildLookup();

    /// <summary>The palette as 768 bytes R, G, B.</summary>
    public static byte[] Table { get; } = BuildTable();

    /// <summary>The palette index of a packed 0x00BBGGRR pixel.</summary>
    public static byte IndexOf(uint pixel) =>
        Lookup[(int)(((pixel >> 3) & 0x1F) | ((pixel >> 6) & 0x3E0) | ((pixel >> 9) & 0x7C00))];

    private static byte[] BuildTable()
    {
        var table = new byte[768];
        for (int i = 0; i < 252; i++)
        {
            table[i * 3] = Level(i / (GreenLevels * BlueLevels), RedLevels);
            table[i * 3 + 1] = Level(i / BlueLevels % GreenLevels, GreenLevels);
            table[i * 3 + 2] = Level(i % BlueLevels, BlueLevels);
        }
        byte[] greys = [32, 96, 160, 224];
        for (int i = 0; i < greys.Length; i++)
        {
            table[(252 + i) * 3] = table[(252 + i) * 3 + 1] = table[(252 + i) * 3 + 2] = greys[i];
        }
        return table;
    }

    private static byte Level(int step, int levels) => (byte)(step * 255 / (levels - 1));

    private static byte[] BuildLookup()
    {
        byte[] table = BuildTable();
        var lookup = new byte[1 << 15];
        for (int key = 0; key < lookup.Length; key++)
        {
            int r = (key & 0x1F) * 255 / 31, g = ((key >> 5) & 0x1F) * 255 / 31, b = ((key >> 10) & 0x1F) * 255 / 31;
            int best = 0, bestDistance = int.MaxValue;
            for (int i = 0; i < 256; i++)
            {
                int dr = table[i * 3] - r, dg = table[i * 3 + 1] - g, db = table[i * 3 + 2] - b;
                int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }
            lookup[key] = (byte)best;
        }
        return lookup;
    }
}
