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

    /// <summary>A fresh observation space (each environment owns one: spaces carry their sampling generator).</summary>
    public static DictSpace CreateSpace() => new(
        Pair(Chars, new Box<byte>(0, 255, MapRows, MapColumns)),
        Pair(Colors, new Box<byte>(0, 15, MapRows, MapColumns)),
        Pair(Blstats, new Box<long>(int.MinValue, int.MaxValue, NetHack.Blstats.Count)),
        Pair(Message, new Box<byte>(0, 255, MessageLength)),
        Pair(ProgramState, new Box<int>(int.MinValue, int.MaxValue, 6)),
        Pair(Internal, new Box<int>(int.MinValue, int.MaxValue, 9)),
        Pair(TtyChars, new Box<byte>(0, 255, TerminalRows, TerminalColumns)),
        Pair(TtyColors, new Box<sbyte>(0, 31, TerminalRows, TerminalColumns)),
        Pair(TtyCursor, new Box<byte>(0, 255, 2)),
        Pair(Misc, new Box<int>(int.MinValue, int.MaxValue, 3)));

    private static KeyValuePair<string, ISpace> Pair(string key, ISpace space) => KeyValuePair.Create(key, space);
}
