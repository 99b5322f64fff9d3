namespace RlGym.Cli.Play;

/// <summary>
/// Turns a typed line into the key press it stands for, so a key map can be played from redirected input: one
/// character (<c>w</c>), or a key name (<c>up</c>, <c>down</c>, <c>left</c>, <c>right</c>, <c>space</c>, <c>enter</c>).
/// </summary>
internal static class KeyText
{
    public static bool TryParse(string text, out ConsoleKeyInfo key)
    {
        ConsoleKey? named = text.ToLowerInvariant() switch
        {
            "up" => ConsoleKey.UpArrow,
            "down" => ConsoleKey.DownArrow,
            "left" => ConsoleKey.LeftArrow,
            "right" => ConsoleKey.RightArrow,
            "space" => ConsoleKey.Spacebar,
            "enter" => ConsoleKey.Enter,
            "tab" => ConsoleKey.Tab,
            _ => null,
        };
        if (named is ConsoleKey k)
        {
            char ch = k switch { ConsoleKey.Spacebar => ' ', ConsoleKey.Enter => '\r', ConsoleKey.Tab => '\t', _ => '\0' };
            key = new ConsoleKeyInfo(ch, k, shift: false, alt: false, control: false);
            return true;
        }
        if (text.Length == 1)
        {
            char c = text[0];
            key = new ConsoleKeyInfo(c, FromChar(c), shift: char.IsUpper(c), alt: false, control: false);
            return true;
        }
        key = default;
        return false;
    }

    private static ConsoleKey FromChar(char c) => c switch
    {
        >= 'a' and <= 'z' => ConsoleKey.A + (c - 'a'),
        >= 'A' and <= 'Z' => ConsoleKey.A + (c - 'A'),
        >= '0' and <= '9' => ConsoleKey.D0 + (c - '0'),
        ' ' => ConsoleKey.Spacebar,
        _ => default,
    };
}
