namespace RlGym.Envs.Doom.Rendering;

/// <summary>Packed pixels: 0x00BBGGRR, so that the bytes in memory read R, G, B, 0.</summary>
internal static class Colour
{
    public static uint Pack(int r, int g, int b) => (uint)(Math.Clamp(r, 0, 255) | (Math.Clamp(g, 0, 255) << 8) | (Math.Clamp(b, 0, 255) << 16));

    public static uint FromHex(int rgb) => Pack((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);

    public static int R(uint c) => (int)(c & 0xFF);

    public static int G(uint c) => (int)((c >> 8) & 0xFF);

    public static int B(uint c) => (int)((c >> 16) & 0xFF);

    /// <summary>The colour scaled by <paramref name="light"/> (0 to 1), turned to grey (ITU-R 601 weights) when <paramref name="gray"/>.</summary>
    public static uint Shade(uint c, float light, bool gray)
    {
        int r = (int)(R(c) * light + 0.5f), g = (int)(G(c) * light + 0.5f), b = (int)(B(c) * light + 0.5f);
        if (gray)
        {
            int y = (r * 77 + g * 150 + b * 29 + 128) >> 8;
            return Pack(y, y, y);
        }
        return Pack(r, g, b);
    }
}
