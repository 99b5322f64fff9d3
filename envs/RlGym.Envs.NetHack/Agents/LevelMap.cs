namespace RlGym.Envs.NetHack.Agents;

/// <summary>
/// The explorer's reading of the map: which cells can be walked, which are doors, where the frontier is, and
/// shortest paths (8 directions; no diagonal step into or out of an open door, as NetHack rules).
/// </summary>
internal sealed class LevelMap
{
    public const int Rows = NetHackObservation.MapRows;
    public const int Columns = NetHackObservation.MapColumns;
    private const int Cells = Rows * Columns;
    private const byte Brown = 3;

    private static readonly (int Dr, int Dc)[] Steps = [(-1, 0), (0, 1), (1, 0), (0, -1), (-1, 1), (1, 1), (1, -1), (-1, -1)];

    private readonly byte[] _chars;
    private readonly byte[] _colors;
    private readonly int[] _distance = new int[Cells];
    private readonly int[] _parent = new int[Cells];
    private readonly int[] _queue = new int[Cells];

    public LevelMap(byte[] chars, byte[] colors)
    {
        _chars = chars;
        _colors = colors;
    }

    /// <summary>The eight compass steps (row, column deltas) in NLE's order: N, E, S, W, NE, SE, SW, NW.</summary>
    public static IReadOnlyList<(int Dr, int Dc)> Directions => Steps;

    public byte Char(int cell) => _chars[cell];

    public static bool Inside(int row, int column) => row is >= 0 and < Rows && column is >= 0 and < Columns;

    /// <summary>A closed door ('+' in the door colour): walking into it opens it.</summary>
    public bool IsClosedDoor(int cell) => _chars[cell] == (byte)'+' && _colors[cell] == Brown;

    /// <summary>An open door ('|' or '-' in the door colour): no diagonal steps into or out of it.</summary>
    public bool IsOpenDoor(int cell) => _chars[cell] is (byte)'|' or (byte)'-' && _colors[cell] == Brown;

    /// <summary>A character that shows a monster (or another person); pets are told apart by reverse video in tty_colors.</summary>
    public static bool IsMonster(byte c) => c is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or (byte)'&' or (byte)';' or (byte)':' or (byte)'\'' or (byte)'@';

    /// <summary>True when the hero may step on the cell (monsters count: they move or get fought).</summary>
    public bool Walkable(int cell)
    {
        byte c = _chars[cell];
        return c switch
        {
            (byte)' ' or (byte)'^' or (byte)'}' or (byte)'0' => false, // unseen, traps, water or lava, boulders
            (byte)'|' or (byte)'-' => IsOpenDoor(cell),
            (byte)'#' => _colors[cell] is not (2 or 6), // trees are green, iron bars cyan; corridors and sinks are grey
            _ => true,
        };
    }

    /// <summary>True when a step from <paramref name="from"/> to <paramref name="to"/> (neighbours) is allowed.</summary>
    public bool CanStep(int from, int to)
    {
        bool diagonal = from / Columns != to / Columns && from % Columns != to % Columns;
        return !(diagonal && (IsOpenDoor(from) || IsOpenDoor(to) || IsClosedDoor(to)));
    }

    /// <summary>Breadth-first distances from <paramref name="start"/> over walkable cells not in <paramref name="blocked"/>.</summary>
    public void Search(int start, ISet<int> blocked)
    {
        Array.Fill(_distance, int.MaxValue);
        Array.Fill(_parent, -1);
        int head = 0, tail = 0;
        _distance[start] = 0;
        _queue[tail++] = start;
        while (head < tail)
        {
            int cell = _queue[head++];
            if (cell != start && IsClosedDoor(cell))
            {
                continue; // a door is a goal, not a way through until it is open
            }
            int row = cell / Columns, column = cell % Columns;
            foreach (var (dr, dc) in Steps)
            {
                int r = row + dr, c = column + dc;
                if (!Inside(r, c))
                {
                    continue;
                }
                int next = r * Columns + c;
                if (_distance[next] != int.MaxValue || !Walkable(next) || blocked.Contains(next) || !CanStep(cell, next))
                {
                    continue;
                }
                _distance[next] = _distance[cell] + 1;
                _parent[next] = cell;
                _queue[tail++] = next;
            }
        }
    }

    /// <summary>The number of walkable neighbours of a cell: 1 or 0 marks a dead end, where hidden passages hide.</summary>
    public int WalkableNeighbours(int cell)
    {
        int row = cell / Columns, column = cell % Columns, count = 0;
        foreach (var (dr, dc) in Steps)
        {
            int r = row + dr, c = column + dc;
            if (Inside(r, c) && Walkable(r * Columns + c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The distance the last <see cref="Search"/> found to <paramref name="cell"/> (int.MaxValue when unreachable).</summary>
    public int Distance(int cell) => _distance[cell];

    /// <summary>The first cell on the way from the search's start to <paramref name="goal"/>.</summary>
    public int FirstStep(int goal)
    {
        int cell = goal;
        while (_parent[cell] >= 0 && _distance[_parent[cell]] > 0)
        {
            cell = _parent[cell];
        }
        return cell;
    }

    /// <summary>
    /// True when the cell is walkable and next to a cell never seen, so stepping there may show more. Solid rock is
    /// never drawn, so a cell the hero has stood on (whose neighbours it has then seen) is not a frontier even when
    /// rock surrounds it: the caller passes only cells not stood on yet.
    /// </summary>
    public bool IsFrontier(int cell)
    {
        if (!Walkable(cell))
        {
            return false;
        }
        int row = cell / Columns, column = cell % Columns;
        foreach (var (dr, dc) in Steps)
        {
            int r = row + dr, c = column + dc;
            if (Inside(r, c) && r is > 0 and < Rows - 1 && _chars[r * Columns + c] == (byte)' ')
            {
                return true;
            }
        }
        return false;
    }
}
