using RlGym.Core.Spaces;

namespace RlGym.Envs.NetHack;

/// <summary>
/// The keys of a NetHack observation (a dictionary of flat arrays, row-major) and the space they make, with NLE's
/// names, shapes and dtypes:
/// <list type="table">
/// <item><term>chars, colors</term><description>21x79 uint8: the map, screen rows 1-21 and columns 0-78 (colours 0-15, reverse video dropped).</description></item>
/// <item><term>blstats</term><description>27 int64 in NLE's order; see <see cref="NetHack.Blstats"/>.</description></item>
/// <item><term>message</term><description>256 uint8: the top line without <c>--More--</c>, NUL-padded.</description></item>
/// <item><term>program_state</term><description>6 int32: gameover, panicking, exiting, in_moveloop, in_impossible, something_worth_saving.</description></item>
/// <item><term>internal</term><description>9 int32: deepest level, in_yn_function, in_getlin, xwaitingforspace, stairs_down (from the map cell under the hero), 0, 0, uhunger and urexp (both estimated: the screen does not show them).</description></item>
/// <item><term>tty_chars, tty_colors, tty_cursor</term><description>24x80 uint8, 24x80 int8 (colour 0-15, +16 in reverse video), 2 uint8 (row, column).</description></item>
/// <item><term>misc</term><description>3 int32: in_yn_function, in_getlin, xwaitingforspace.</description></item>
/// </list>
/// Everything the bridge knows comes from the terminal the stock game draws on; <see cref="Unavailable"/> lists
/// NLE's keys that cannot come from it and are therefore absent (never faked). Outside a running game (after it
/// ended) every array is zero, as in NLE.
/// </summary>
public static class NetHackObservation
{
    /// <summary>Map rows.</summary>
    public const int MapRows = 21;

    /// <summary>Map columns.</summary>
    public const int MapColumns = 79;

    /// <summary>Terminal rows.</summary>
    public const int TerminalRows = 24;

    /// <summary>Terminal columns.</summary>
    public const int TerminalColumns = 80;

    /// <summary>The length of <see cref="Message"/>.</summary>
    public const int MessageLength = 256;

    /// <summary>The map's characters.</summary>
    public const string Chars = "chars";

    /// <summary>The map's colours.</summary>
    public const string Colors = "colors";

    /// <summary>The bottom-line statistics.</summary>
    public const string Blstats = "blstats";

    /// <summary>The top-line message.</summary>
    public const string Message = "message";

    /// <summary>The program state flags.</summary>
    public const string ProgramState = "program_state";

    /// <summary>NLE's internal flags.</summary>
    public const string Internal = "internal";

    /// <summary>The terminal's characters.</summary>
    public const string TtyChars = "tty_chars";

    /// <summary>The terminal's colours.</summary>
    public const string TtyColors = "tty_colors";

    /// <summary>The terminal's cursor.</summary>
    public const string TtyCursor = "tty_cursor";

    /// <summary>The prompt flags.</summary>
    public const string Misc = "misc";

    /// <summary>The map's glyph ids (engine source).</summary>
    public const string Glyphs = "glyphs";

    /// <summary>The map's special flags from the game's mapglyph (engine source).</summary>
    public const string Specials = "specials";

    /// <summary>The inventory's glyphs (engine source).</summary>
    public const string InvGlyphs = "inv_glyphs";

    /// <summary>The inventory's letters (engine source).</summary>
    public const string InvLetters = "inv_letters";

    /// <summary>The inventory's object classes (engine source).</summary>
    public const string InvOclasses = "inv_oclasses";

    /// <summary>The inventory's names (engine source).</summary>
    public const string InvStrs = "inv_strs";

    /// <summary>
    /// What the game says each map cell shows (engine source): 21x79 texts of 80 bytes, NLE's: the first thing the
    /// game's own description of the cell names (as its autodescribe feature reports it), taken when the game draws the
    /// cell, zero-padded and not terminated at 80 bytes; all zero for cells not drawn since the map was last cleared.
    /// </summary>
    public const string ScreenDescriptions = "screen_descriptions";

    /// <summary>The number of inventory slots.</summary>
    public const int InventorySize = 55;

    /// <summary>The length of an inventory name and of a screen description.</summary>
    public const int TextLength = 80;

    /// <summary>NLE's 17 keys, in NLE's order.</summary>
    public static IReadOnlyList<string> AllKeys { get; } =
    [
        Glyphs, Chars, Colors, Specials, Blstats, Message, ProgramState, Internal, InvGlyphs, InvLetters, InvOclasses,
        InvStrs, ScreenDescriptions, TtyChars, TtyColors, TtyCursor, Misc,
    ];

    /// <summary>
    /// The keys this package's tasks on NetHack built from source observe unless told otherwise
    /// (<c>observation_keys</c>; every task but the Challenge, and <c>NetHack-v0</c>): NLE's default for its tasks, in
    /// NLE's order (every key but <c>program_state</c>, <c>internal</c> and <c>misc</c>), NLE's set exactly.
    /// <c>screen_descriptions</c> is kept as NLE keeps it: the game describes a map cell when it draws it and clears
    /// the descriptions when it clears the map, so a step pays for the cells it redrew (see the package's README).
    /// </summary>
    public static IReadOnlyList<string> SourceDefaultKeys { get; } =
    [
        Glyphs, Chars, Colors, Specials, Blstats, Message, InvGlyphs, InvStrs, InvLetters, InvOclasses, ScreenDescriptions,
        TtyChars, TtyColors, TtyCursor,
    ];

    /// <summary>
    /// The keys NLE's NetHackChallenge observes unless told otherwise, and so this package's <c>NetHackChallenge-v0</c>
    /// on NetHack built from source: <see cref="SourceDefaultKeys"/> without <c>screen_descriptions</c> and with
    /// <c>misc</c>, NLE's set exactly.
    /// </summary>
    public static IReadOnlyList<string> ChallengeDefaultKeys { get; } =
        [Glyphs, Chars, Colors, Specials, Blstats, Message, InvGlyphs, InvStrs, InvLetters, InvOclasses, TtyChars, TtyColors, TtyCursor, Misc];

    /// <summary>The keys of the stock binary's observation (what a terminal shows).</summary>
    public static IReadOnlyList<string> TerminalKeys { get; } =
        [Chars, Colors, Blstats, Message, ProgramState, Internal, TtyChars, TtyColors, TtyCursor, Misc];

    /// <summary>
    /// NLE's observation keys this bridge cannot provide, with the reason. NetHack 3.6.6 as Debian builds it sends no
    /// glyph ids (its <c>vt_tiledata</c> option is compiled out), so <c>glyphs</c> and what NLE derives from glyphs
    /// (<c>specials</c>, <c>screen_descriptions</c>) are not on the wire; the inventory arrays would need the inventory
    /// window opened every step, which changes what the game shows.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Unavailable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["glyphs"] = "the stock game binary sends characters and colours, never glyph ids (vt_tiledata is compiled out)",
        ["specials"] = "derived from glyphs inside the game; not on the terminal",
        ["screen_descriptions"] = "derived from glyphs inside the game; not on the terminal",
        ["inv_glyphs"] = "glyphs are not on the wire",
        ["inv_letters"] = "the inventory is shown only when a command opens it",
        ["inv_oclasses"] = "the inventory is shown only when a command opens it",
        ["inv_strs"] = "the inventory is shown only when a command opens it",
    };

    /// <summary>A fresh observation space of the stock binary's keys (each environment owns one: spaces carry their sampling generator).</summary>
    public static DictSpace CreateSpace() => CreateSpace(TerminalKeys);

    /// <summary>A fresh observation space of <paramref name="keys"/> (NLE's names; see <see cref="AllKeys"/>).</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="maxGlyph">One past the largest glyph id (the build's MAX_GLYPH; empty inventory slots hold it).</param>
    public static DictSpace CreateSpace(IEnumerable<string> keys, int maxGlyph = 5976) => new([.. keys.Select(k => Pair(k, SpaceOf(k, (short)maxGlyph)))]);

    private static ISpace SpaceOf(string key, short maxGlyph) => key switch
    {
        Glyphs => new Box<short>(0, maxGlyph, MapRows, MapColumns),
        Chars => new Box<byte>(0, 255, MapRows, MapColumns),
        Colors => new Box<byte>(0, 15, MapRows, MapColumns),
        Specials => new Box<byte>(0, 255, MapRows, MapColumns),
        Blstats => new Box<long>(int.MinValue, int.MaxValue, NetHack.Blstats.Count),
        Message => new Box<byte>(0, 255, MessageLength),
        ProgramState => new Box<int>(int.MinValue, int.MaxValue, 6),
        Internal => new Box<int>(int.MinValue, int.MaxValue, 9),
        InvGlyphs => new Box<short>(0, maxGlyph, InventorySize),
        InvLetters => new Box<byte>(0, 255, InventorySize),
        InvOclasses => new Box<byte>(0, 18, InventorySize),
        InvStrs => new Box<byte>(0, 255, InventorySize, TextLength),
        ScreenDescriptions => new Box<byte>(0, 255, MapRows, MapColumns, TextLength),
        TtyChars => new Box<byte>(0, 255, TerminalRows, TerminalColumns),
        TtyColors => new Box<sbyte>(0, 31, TerminalRows, TerminalColumns),
        TtyCursor => new Box<byte>(0, 255, 2),
        Misc => new Box<int>(int.MinValue, int.MaxValue, 3),
        _ => throw new ArgumentException($"'{key}' is not an observation key; expected one of {string.Join(", ", AllKeys)}.", nameof(key)),
    };

    private static KeyValuePair<string, ISpace> Pair(string key, ISpace space) => KeyValuePair.Create(key, space);
}
