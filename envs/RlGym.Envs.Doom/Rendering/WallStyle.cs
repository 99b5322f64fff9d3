namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// How a wall texture (map symbols '#' and '1' to '9') looks: a base colour, a mortar colour, and a brick pattern of
/// power-of-two sizes in texels (a wall is 64 texels square), so that a pixel's pattern is a few integer operations.
/// </summary>
/// <param name="Main">The brick colour.</param>
/// <param name="Mortar">The joint colour.</param>
/// <param name="BrickHeight">Brick height in texels (a power of two up to 64).</param>
/// <param name="BrickWidth">Brick width in texels (a power of two up to 64).</param>
internal readonly record struct WallStyle(uint Main, uint Mortar, int BrickHeight, int BrickWidth)
{
    /// <summary>Joint thickness in texels.</summary>
    public const int Joint = 2;

    private static readonly WallStyle[] Styles =
    [
        new(Colour.FromHex(0x8C8C8C), Colour.FromHex(0x5A5A5A), 16, 32), // 1 grey stone
        new(Colour.FromHex(0x9A6A44), Colour.FromHex(0x5C3E28), 16, 32), // 2 brown brick
        new(Colour.FromHex(0x5F8F6A), Colour.FromHex(0x3A5A40), 32, 32), // 3 green marble
        new(Colour.FromHex(0x5A6EA0), Colour.FromHex(0x39476A), 32, 64), // 4 blue metal
        new(Colour.FromHex(0xA04A3C), Colour.FromHex(0x602A22), 16, 16), // 5 red brick
        new(Colour.FromHex(0xB8A070), Colour.FromHex(0x786844), 64, 16), // 6 tan panels
        new(Colour.FromHex(0x8A5CA0), Colour.FromHex(0x583A68), 16, 32), // 7 purple
        new(Colour.FromHex(0x4E9C9C), Colour.FromHex(0x306262), 32, 32), // 8 teal
        new(Colour.FromHex(0xC8C8BE), Colour.FromHex(0x84847C), 16, 64), // 9 white tile
    ];

    /// <summary>The style of wall texture 1 to 9.</summary>
    public static WallStyle Of(int texture) => Styles[Math.Clamp(texture, 1, Styles.Length) - 1];
}
