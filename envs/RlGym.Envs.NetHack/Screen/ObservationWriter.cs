using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>Builds NLE-shaped observations (see <see cref="NetHackObservation"/>) from a <see cref="GameView"/>; fresh arrays every time.</summary>
internal static class ObservationWriter
{
    private const int MapCells = NetHackObservation.MapRows * NetHackObservation.MapColumns;

    /// <summary>Copies terminal colours (0-31) as map colours (0-15), 16 at a time.</summary>
    private static void DropReverseVideo(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var mask = Vector128.Create((byte)15);
        int i = 0;
        for (; i + Vector128<byte>.Count <= source.Length; i += Vector128<byte>.Count)
        {
            (Vector128.Create(source[i..]) & mask).CopyTo(destination[i..]);
        }
        for (; i < source.Length; i++)
        {
            destination[i] = (byte)(source[i] & 15);
        }
    }

    /// <summary>The observation of <paramref name="view"/>; all zeros when no game runs.</summary>
    public static IReadOnlyDictionary<string, object> Write(GameView view, bool running)
    {
        var chars = new byte[MapCells];
        var colors = new byte[MapCells];
        var blstats = new long[Blstats.Count];
        var message = new byte[NetHackObservation.MessageLength];
        var programState = new int[6];
        var internalState = new int[9];
        var ttyChars = new byte[ScreenBuffer.Rows * ScreenBuffer.Columns];
        var ttyColors = new sbyte[ScreenBuffer.Rows * ScreenBuffer.Columns];
        var cursor = new byte[2];
        var misc = new int[3];
        if (running)
        {
            var screen = view.Screen;
            for (int row = 0; row < NetHackObservation.MapRows; row++)
            {
                int from = (row + 1) * ScreenBuffer.Columns, to = row * NetHackObservation.MapColumns;
                screen.Chars.AsSpan(from, NetHackObservation.MapColumns).CopyTo(chars.AsSpan(to));
                DropReverseVideo(MemoryMarshal.AsBytes(screen.Colors.AsSpan(from, NetHackObservation.MapColumns)), colors.AsSpan(to, NetHackObservation.MapColumns));
            }
            view.Blstats.CopyTo(blstats, 0);
            int length = Math.Min(view.Message.Length, NetHackObservation.MessageLength - 1);
            Encoding.Latin1.GetBytes(view.Message.AsSpan(0, length), message);
            screen.Chars.CopyTo(ttyChars, 0);
            screen.Colors.CopyTo(ttyColors, 0);
            cursor[0] = (byte)screen.CursorRow;
            cursor[1] = (byte)screen.CursorColumn;
            int yesNo = view.Mode == InputMode.YesNo ? 1 : 0;
            int textEntry = view.Mode == InputMode.TextEntry ? 1 : 0;
            int waitingForSpace = view.Mode is InputMode.More or InputMode.Menu ? 1 : 0;
            programState[0] = view.GameOver ? 1 : 0;
            programState[3] = view.InGame ? 1 : 0;
            programState[5] = view.InGame ? 1 : 0;
            internalState[0] = (int)view.DeepestLevel;
            internalState[1] = yesNo;
            internalState[2] = textEntry;
            internalState[3] = waitingForSpace;
            internalState[4] = view.StairsDown ? 1 : 0;
            internalState[7] = (int)Math.Clamp(view.Hunger, int.MinValue, int.MaxValue);
            internalState[8] = (int)Math.Clamp(view.ScoreExperience, int.MinValue, int.MaxValue);
            misc[0] = yesNo;
            misc[1] = textEntry;
            misc[2] = waitingForSpace;
        }
        return new Dictionary<string, object>(10)
        {
            [NetHackObservation.Chars] = chars,
            [NetHackObservation.Colors] = colors,
            [NetHackObservation.Blstats] = blstats,
            [NetHackObservation.Message] = message,
            [NetHackObservation.ProgramState] = programState,
            [NetHackObservation.Internal] = internalState,
            [NetHackObservation.TtyChars] = ttyChars,
            [NetHackObservation.TtyColors] = ttyColors,
            [NetHackObservation.TtyCursor] = cursor,
            [NetHackObservation.Misc] = misc,
        };
    }

    /// <summary>
    /// The observation of <paramref name="view"/> on NetHack built from source: <paramref name="keys"/> only, the map,
    /// blstats, message, inventory and flags from the game's own state (<see cref="GameView.State"/>), tty_* from the
    /// terminal emulator the game's tty drawing went through. Once the game is over the map, message and blstats are
    /// zero and the rest keeps its last values, as in NLE.
    /// </summary>
    public static IReadOnlyDictionary<string, object> WriteSource(GameView view, IReadOnlyList<string> keys)
    {
        var state = view.State ?? throw new InvalidOperationException("The view has no game state (engine source only).");
        var screen = view.Screen;
        var observation = new Dictionary<string, object>(keys.Count);
        foreach (string key in keys)
        {
            observation[key] = key switch
            {
                NetHackObservation.Glyphs => state.Glyphs.Clone(),
                NetHackObservation.Chars => state.Chars.Clone(),
                NetHackObservation.Colors => state.Colors.Clone(),
                NetHackObservation.Specials => state.Specials.Clone(),
                NetHackObservation.Blstats => state.Blstats.Clone(),
                NetHackObservation.Message => state.Message.Clone(),
                NetHackObservation.ProgramState => state.ProgramState.Clone(),
                NetHackObservation.Internal => state.Internal.Clone(),
                NetHackObservation.InvGlyphs => state.InvGlyphs.Clone(),
                NetHackObservation.InvLetters => state.InvLetters.Clone(),
                NetHackObservation.InvOclasses => state.InvOclasses.Clone(),
                NetHackObservation.InvStrs => state.InvStrs.Clone(),
                NetHackObservation.ScreenDescriptions => state.ScreenDescriptions?.Clone() ?? new byte[MapCells * NetHackObservation.TextLength],
                NetHackObservation.TtyChars => screen.Chars.Clone(),
                NetHackObservation.TtyColors => screen.Colors.Clone(),
                NetHackObservation.TtyCursor => new[] { (byte)screen.CursorRow, (byte)screen.CursorColumn },
                NetHackObservation.Misc => state.Misc.Clone(),
                _ => throw new ArgumentException($"'{key}' is not an observation key.", nameof(keys)),
            };
        }
        return observation;
    }
}
