using System.Text;
using System.Text.RegularExpressions;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// Reads what the tty interface shows: which kind of input the game waits for (from where the cursor is and what
/// precedes it) and the message on the top line. NetHack's tty port puts the cursor on the hero while it waits for a
/// command, right after <c>--More--</c> or a menu's <c>(end)</c> / <c>(n of m)</c> while it waits to go on, and on
/// the top line after the prompt while it asks a question or for a line of text.
/// </summary>
internal static partial class ScreenReader
{
    private static readonly byte[] MoreMarker = "--More--"u8.ToArray();
    private static readonly byte[] EndMarker = "(end)"u8.ToArray();

    /// <summary>What the game waits for.</summary>
    public static InputMode Classify(ScreenBuffer screen)
    {
        if (screen.CursorFollows(MoreMarker))
        {
            return InputMode.More;
        }
        Span<char> text = stackalloc char[ScreenBuffer.Columns];
        if (screen.CursorFollows(EndMarker) || (screen.CursorFollows(")"u8) && PageMarker().IsMatch(TextBeforeCursor(screen, text))))
        {
            return InputMode.Menu;
        }
        if (screen.CursorRow != 0)
        {
            return InputMode.Command;
        }
        return IsOneKeyPrompt(RowText(screen, 0, text)) ? InputMode.YesNo : InputMode.TextEntry;
    }

    /// <summary>
    /// True for a prompt answered with one key: one listing its choices in brackets (<c>[ynq] (n)</c>,
    /// <c>[fg or ?*]</c>) or asking for a direction.
    /// </summary>
    public static bool IsOneKeyPrompt(ReadOnlySpan<char> prompt) =>
        ChoiceList().IsMatch(prompt) || prompt.Contains("direction?", StringComparison.Ordinal);

    /// <summary>
    /// The message on the top line, without a trailing <c>--More--</c>; empty while a menu or a full-screen window
    /// covers the top line.
    /// </summary>
    public static string Message(ScreenBuffer screen, InputMode mode)
    {
        Span<char> message = stackalloc char[ScreenBuffer.Columns];
        return new string(message[..Message(screen, mode, message)]);
    }

    /// <summary>
    /// Writes the message on the top line (see <see cref="Message(ScreenBuffer, InputMode)"/>) into
    /// <paramref name="message"/> (at least <see cref="ScreenBuffer.Columns"/> characters) and returns its length;
    /// allocates nothing.
    /// </summary>
    public static int Message(ScreenBuffer screen, InputMode mode, Span<char> message)
    {
        if (mode == InputMode.Menu || (mode == InputMode.More && screen.CursorRow != 0))
        {
            return 0;
        }
        ReadOnlySpan<char> top = RowText(screen, 0, message);
        if (top.EndsWith("--More--", StringComparison.Ordinal))
        {
            top = top[..^"--More--".Length].TrimEnd();
        }
        var trimmed = top.TrimStart();
        trimmed.CopyTo(message);
        return trimmed.Length;
    }

    /// <summary>Row <paramref name="row"/> without trailing blanks, decoded into <paramref name="text"/>.</summary>
    private static ReadOnlySpan<char> RowText(ScreenBuffer screen, int row, Span<char> text)
    {
        var bytes = screen.Row(row).TrimEnd((byte)' ');
        return text[..Encoding.Latin1.GetChars(bytes, text)];
    }

    private static ReadOnlySpan<char> TextBeforeCursor(ScreenBuffer screen, Span<char> text)
    {
        var row = screen.Row(screen.CursorRow);
        var bytes = row[..Math.Min(screen.CursorColumn, ScreenBuffer.Columns)].TrimEnd((byte)' ');
        return text[..Encoding.Latin1.GetChars(bytes, text)];
    }

    [GeneratedRegex(@"\(\d+ of \d+\)$")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"\[[^\]]+\]")]
    private static partial Regex ChoiceList();
}
