using System.Runtime.Intrinsics;

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

    /// <summary>Remembers every visible map cell of <paramref name="screen"/> except the hero's (16 cells at a time).</summary>
    public void Update(ScreenBuffer screen, int heroRow, int heroColumn)
    {
        byte under = _cells[heroRow * NetHackObservation.MapColumns + heroColumn];
        var blank = Vector128.Create((byte)' ');
        for (int row = 0; row < NetHackObservation.MapRows; row++)
        {
            var line = screen.Row(row + 1)[..NetHackObservation.MapColumns];
            var memory = _cells.AsSpan(row * NetHackObservation.MapColumns, NetHackObservation.MapColumns);
            int column = 0;
            for (; column + Vector128<byte>.Count <= line.Length; column += Vector128<byte>.Count)
            {
                var seen = Vector128.Create(line[column..]);
                Vector128.ConditionalSelect(Vector128.Equals(seen, blank), Vector128.Create(memory[column..]), seen).CopyTo(memory[column..]);
            }
            for (; column < line.Length; column++)
            {
                if (line[column] != (byte)' ')
                {
                    memory[column] = line[column];
                }
            }
        }
        _cells[heroRow * NetHackObservation.MapColumns + heroColumn] = under;
    }

    /// <summary>Copies <paramref name="other"/>.</summary>
    public void CopyFrom(MapMemory other) => other._cells.CopyTo(_cells, 0);
}
