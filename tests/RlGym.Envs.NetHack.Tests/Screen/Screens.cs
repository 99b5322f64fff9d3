using System.Text;
using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tests.Screen;

/// <summary>Screens written from text, for the reader tests.</summary>
internal static class Screens
{
    public const string Status1 = "Agent the Candidate            St:18/02 Dx:13 Co:7 In:10 Wi:13 Ch:12 Neutral";
    public const string Status2 = "Dlvl:1 $:0 HP:14(14) Pw:5(5) AC:4 Xp:1/0 T:1";

    public static ScreenBuffer Make(int cursorRow, int cursorColumn, params (int Row, int Column, string Text)[] writes)
    {
        var screen = new ScreenBuffer();
        screen.Clear();
        foreach (var (row, column, text) in writes)
        {
            Encoding.Latin1.GetBytes(text).CopyTo(screen.Chars, row * ScreenBuffer.Columns + column);
        }
        screen.CursorRow = cursorRow;
        screen.CursorColumn = cursorColumn;
        return screen;
    }

    public static ScreenBuffer WithStatus(string first, string second) => Make(0, 0, (22, 0, first), (23, 0, second));
}
