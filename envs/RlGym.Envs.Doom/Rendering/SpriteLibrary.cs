namespace RlGym.Envs.Doom.Rendering;

/// <summary>The sprites: one bitmap per object kind (our own pixel art), plus the first-person pistol and its flash.</summary>
internal static class SpriteLibrary
{
    private static readonly SpriteArt[] ByKind =
    [
        Cacodemon(),
        Demon(),
        Soldier((0x3E6B2E, 0x2A4A1E), 0x6A4A2A),
        Soldier((0x6E6E6E, 0x464646), 0x2E2E2E),
        Medkit(),
        AmmoClip(),
        Vest(),
        Soldier((0x8A2A2A, 0x5A1A1A), 0x3A3A3A),
        Soldier((0x2E8A3A, 0x1E5A26), 0x1E3A1E),
        Imp(),
        Rocket(),
        Fireball(),
        Soldier((0x4A4AB0, 0x2E2E78), 0x26264A),
    ];

    public static SpriteArt Of(DoomObjectKind kind) => ByKind[(int)kind];

    public static SpriteArt Pistol { get; } = new(
    [
        "....kk....",
        "...kGGk...",
        "...kGgk...",
        "..kGGGGk..",
        "..kGggGk..",
        ".kGGGGGGk.",
        ".khhGGhhk.",
        "khhhhhhhhk",
        "khhHhhHhhk",
        "khhhhhhhhk",
    ], ('k', 0x101010), ('G', 0x7A7A7A), ('g', 0x4A4A4A), ('h', 0xC08A64), ('H', 0x9A6A4A));

    /// <summary>The first-person rocket launcher (RocketBasic, PredictPosition).</summary>
    public static SpriteArt Launcher { get; } = new(
    [
        "...kkkkkk...",
        "..kGGGGGGk..",
        "..kGkkkkGk..",
        "..kGkkkkGk..",
        "..kGGGGGGk..",
        ".kgGGGGGGgk.",
        ".kgGGGGGGgk.",
        "khhggGGgghhk",
        "khhhhggghhhk",
        "khhHhhhhHhhk",
    ], ('k', 0x101010), ('G', 0x5A6A5A), ('g', 0x3A463A), ('h', 0xC08A64), ('H', 0x9A6A4A));

    public static SpriteArt Flash { get; } = new(
    [
        "..y..y..",
        ".yYyyYy.",
        "yYWWWWYy",
        ".yYWWYy.",
        "..yYYy..",
    ], ('y', 0xE08020), ('Y', 0xF8C040), ('W', 0xFFF8D0));

    private static SpriteArt Cacodemon() => new(
    [
        ".....rrrrrr.....",
        "...rrRRRRRRrr...",
        "..rRRRRRRRRRRr..",
        ".rRRRRwwwwRRRRr.",
        ".rRRRwggggwRRRr.",
        "rRRRRwgkkgwRRRRr",
        "rRRRRwgkkgwRRRRr",
        "rRRRRRwggwRRRRRr",
        "rRRRRRRwwRRRRRRr",
        "rRRkRRRRRRRRkRRr",
        "rRRkkkkkkkkkkRRr",
        ".rRkwkwkwkwkkRr.",
        ".rRRkkkkkkkkRRr.",
        "..rRRRRRRRRRRr..",
        "...rrRRRRRRrr...",
        ".....rrrrrr.....",
    ], ('r', 0x7A1010), ('R', 0xC82828), ('w', 0xF0F0F0), ('g', 0x30B040), ('k', 0x200808));

    private static SpriteArt Demon() => new(
    [
        ".....pppppp.....",
        "....pPPPPPPp....",
        "...pPkPPPPkPp...",
        "...pPPPPPPPPp...",
        "...pPwkwkwkPp...",
        "....pPPPPPPp....",
        "..ppPPPPPPPPpp..",
        ".pPPPPPPPPPPPPp.",
        ".pPPpPPPPPPpPPp.",
        ".pPp.pPPPPp.pPp.",
        "..p..pPPPPp..p..",
        ".....pPPPPp.....",
        "....pPPp.pPPp...",
        "....pPp...pPp...",
        "...pPPp...pPPp..",
        "...ppp.....ppp..",
    ], ('p', 0x8A3A50), ('P', 0xD87890), ('k', 0x200810), ('w', 0xF0F0E0));

    private static SpriteArt Soldier((int Light, int Dark) uniform, int trousers) => new(
    [
        "......hhhh......",
        ".....hSSSSh.....",
        ".....SkSSkS.....",
        ".....SSSSSS.....",
        "......SSSS......",
        "....gGGGGGGg....",
        "...gGGGGGGGGg...",
        "...gGgGGGGgGg...",
        "...SgGGGGGGgSmm.",
        "...S.gGGGGg.Smm.",
        ".....bbbbbb.....",
        ".....bBBBBb.....",
        ".....bB..Bb.....",
        ".....bB..Bb.....",
        ".....bB..Bb.....",
        "....kkk..kkk....",
    ], ('h', 0x3A2A1A), ('S', 0xC89070), ('k', 0x181818), ('g', uniform.Dark), ('G', uniform.Light),
       ('m', 0x505050), ('b', trousers - 0x101010), ('B', trousers));

    private static SpriteArt Medkit() => new(
    [
        ".wwwwwwwwwwwwww.",
        "wWWWWWWrrWWWWWWw",
        "wWWWWWWrrWWWWWWw",
        "wWWWWrrrrrrWWWWw",
        "wWWWWrrrrrrWWWWw",
        "wWWWWWWrrWWWWWWw",
        "wWWWWWWrrWWWWWWw",
        "wWWWWWWWWWWWWWWw",
        ".wwwwwwwwwwwwww.",
    ], ('w', 0x9A9A9A), ('W', 0xF0F0F0), ('r', 0xD02020));

    private static SpriteArt AmmoClip() => new(
    [
        ".yyyyyy.",
        "yYYYYYYy",
        "yYbbbbYy",
        "yYYYYYYy",
        "yYbbbbYy",
        "yYYYYYYy",
        "yyyyyyyy",
    ], ('y', 0x7A6020), ('Y', 0xC8A040), ('b', 0x4A3A10));

    private static SpriteArt Imp() => new(
    [
        "....b......b....",
        "...bB.bbbb.Bb...",
        "....bBBBBBBb....",
        "....BoBBBBoB....",
        ".....BBkkBB.....",
        "...bbBBBBBBbb...",
        "..bBBwBBBBwBBb..",
        ".bBB.BBBBBB.BBb.",
        ".bB..BBBBBB..Bb.",
        ".w...bBBBBb...w.",
        ".....bBBBBb.....",
        ".....bB..Bb.....",
        ".....bB..Bb.....",
        "....bBB..BBb....",
        "....ww....ww....",
    ], ('b', 0x4A3018), ('B', 0x8A5A30), ('o', 0xF0A020), ('k', 0x200808), ('w', 0xE8E0C8));

    private static SpriteArt Rocket() => new(
    [
        "..yy..",
        ".yYYy.",
        "yYWWYy",
        "yYWWYy",
        ".yYYy.",
        "..yy..",
    ], ('y', 0x9A4010), ('Y', 0xF08020), ('W', 0xFFF0B0));

    private static SpriteArt Fireball() => new(
    [
        "..rr..",
        ".rOOr.",
        "rOYYOr",
        "rOYYOr",
        ".rOOr.",
        "..rr..",
    ], ('r', 0xA01808), ('O', 0xE85010), ('Y', 0xFFD040));

    private static SpriteArt Vest() => new(
    [
        "..gg......gg..",
        ".gGGg....gGGg.",
        ".gGGGggggGGGg.",
        "gGGGGGGGGGGGGg",
        "gGGGGGGGGGGGGg",
        ".gGGGGkkGGGGg.",
        ".gGGGGGGGGGGg.",
        ".gGGGGkkGGGGg.",
        "..gGGGGGGGGg..",
        "..gggggggggg..",
    ], ('g', 0x1E6A1E), ('G', 0x40C040), ('k', 0x103010));
}
