namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// What the bridge last saw on each map cell of the current level, the hero's cell excepted: the hero's glyph covers
/// what it stands on, and the cell's last other character says what that is (a staircase, say).
/// </summary>
internal sealed class MapMemory
{
    private readonly byte[] _cells = new byte[NetHackObservation.MapRows * NetHackObservation.MapColumns];

    /// <summary>Forgets everything (a new level).</summary>
    public void Clear() => Array.Fill(_cells, (byte)' ');

    /// <summary>The last character seen at a map cell other than the hero.</summary>
    public byte At(int row, int column) => _cells[row * NetHackObservation.MapColumns + column];

    /// <summary>Remembers every visible map cell of <paramref name="screen"/> except the hero's.</summary>
    public void Update(ScreenBuffer screen, int heroRow, int heroColumn)
    {
        for (int row = 0; row < NetHackObservation.MapRows; row++)
        {
            var line = screen.Row(row + 1);
            int at = row * NetHackObservation.MapColumns;
            for (int column = 0; column < NetHackObservation.MapColumns; column++)
            {
                byte c = line[column];
                if (c != (byte)' ' && !(row == heroRow && column == heroColumn))
                {
                    _cells[at + column] = c;
                }
            }
        }
    }

    /// <summary>Copies <paramref name="other"/>.</summary>
    public void CopyFrom(MapMemory other) => other._cells.CopyTo(_cells, 0);
}
