using System.Text;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// What the 80x24 terminal shows: one character and one colour byte per cell (row-major) and the cursor. Colours are
/// NetHack's 0-15 (bold shows as the bright half), 7 for text in the default colour, 0 for an untouched blank, plus 16
/// in reverse video.
/// </summary>
internal sealed class ScreenBuffer
{
    /// <summary>The terminal's rows.</summary>
    public const int Rows = 24;

    /// <summary>The terminal's columns.</summary>
    public const int Columns = 80;

    /// <summary>The characters, row-major.</summary>
    public byte[] Chars { get; } = new byte[Rows * Columns];

    /// <summary>The colours, row-major.</summary>
    public sbyte[] Colors { get; } = new sbyte[Rows * Columns];

    /// <summary>The cursor's row.</summary>
    public int CursorRow { get; set; }

    /// <summary>The cursor's column.</summary>
    public int CursorColumn { get; set; }

    /// <summary>The characters of one row.</summary>
    public ReadOnlySpan<byte> Row(int row) => Chars.AsSpan(row * Columns, Columns);

    /// <summary>One row as text, without trailing blanks.</summary>
    public string RowText(int row) => Encoding.Latin1.GetString(Row(row).TrimEnd((byte)' '));

    /// <summary>The character at a cell.</summary>
    public byte At(int row, int column) => Chars[row * Columns + column];

    /// <summary>The colour at a cell.</summary>
    public sbyte ColorAt(int row, int column) => Colors[row * Columns + column];

    /// <summary>True when the characters just before the cursor (ignoring blanks right before it) end with <paramref name="text"/>.</summary>
    public bool CursorFollows(ReadOnlySpan<byte> text)
    {
        var before = Row(CursorRow)[..Math.Min(CursorColumn, Columns)].TrimEnd((byte)' ');
        return before.EndsWith(text);
    }

    /// <summary>Clears every cell to a blank of colour 0 and homes the cursor.</summary>
    public void Clear()
    {
        Array.Fill(Chars, (byte)' ');
        Array.Clear(Colors);
        CursorRow = CursorColumn = 0;
    }

    /// <summary>Copies everything from <paramref name="other"/>.</summary>
    public void CopyFrom(ScreenBuffer other)
    {
        other.Chars.CopyTo(Chars, 0);
        other.Colors.CopyTo(Colors, 0);
        CursorRow = other.CursorRow;
        CursorColumn = other.CursorColumn;
    }

    /// <summary>The screen as 24 lines of text.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Rows * (Columns + 1));
        for (int row = 0; row < Rows; row++)
        {
            text.Append(Encoding.Latin1.GetString(Row(row))).Append('\n');
        }
        return text.ToString();
    }
}
