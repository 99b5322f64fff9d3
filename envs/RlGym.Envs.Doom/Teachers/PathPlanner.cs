using RlGym.Envs.Doom.Maps;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>
/// Plans walks on the map: breadth-first distances from the player's cell, the cell path to a target, and the
/// farthest cell of that path the player can walk to in a straight line (checked along both sides of its body).
/// Allocates only when the map changes.
/// </summary>
internal sealed class PathPlanner
{
    private const double Clearance = DoomPlayer.Radius + 4;
    private DoomMap? _map;
    private int[] _distance = [];
    private int[] _queue = [];
    private int[] _path = [];

    /// <summary>Computes distances from the player's position; call before the other methods.</summary>
    public void From(DoomMap map, double x, double y)
    {
        if (!ReferenceEquals(map, _map))
        {
            _map = map;
            _distance = new int[map.Width * map.Height];
            _queue = new int[map.Width * map.Height];
            _path = new int[map.Width * map.Height];
        }
        MapDistances.Fill(map, Cell(x), Cell(y), _distance, _queue);
    }

    /// <summary>Steps from the player's cell to the cell of (x, y): -1 when unreachable.</summary>
    public int StepsTo(double x, double y)
    {
        int cx = Cell(x), cy = Cell(y);
        return _map!.IsWall(cx, cy) ? -1 : _distance[cy * _map.Width + cx];
    }

    /// <summary>Where to walk next toward (x, y): the target itself when in straight reach, else the farthest reachable path cell's centre.</summary>
    public (double X, double Y) Waypoint(double fromX, double fromY, double x, double y)
    {
        var map = _map!;
        if (Clear(map, fromX, fromY, x, y))
        {
            return (x, y);
        }
        int width = map.Width;
        int cell = Cell(y) * width + Cell(x);
        int length = 0;
        while (cell >= 0 && _distance[cell] > 0)
        {
            _path[length++] = cell;
            cell = Previous(cell, width);
        }
        for (int i = 0; i < length; i++)
        {
            var (cx, cy) = new MapCell(_path[i] % width, _path[i] / width).Centre;
            if (Clear(map, fromX, fromY, cx, cy))
            {
                return (cx, cy);
            }
        }
        return length > 0 ? new MapCell(_path[length - 1] % width, _path[length - 1] / width).Centre : (x, y);
    }

    private int Previous(int cell, int width)
    {
        int want = _distance[cell] - 1;
        ReadOnlySpan<int> neighbours = [cell - 1, cell + 1, cell - width, cell + width];
        foreach (int n in neighbours)
        {
            if (n >= 0 && n < _distance.Length && _distance[n] == want)
            {
                return n;
            }
        }
        return -1;
    }

    /// <summary>True when the player's body fits along the straight line: three parallel sight lines are clear.</summary>
    private static bool Clear(DoomMap map, double x0, double y0, double x1, double y1)
    {
        double dx = x1 - x0, dy = y1 - y0;
        double length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1e-6)
        {
            return true;
        }
        double ox = -dy / length * Clearance, oy = dx / length * Clearance;
        return GridRay.LineOfSight(map, x0, y0, x1, y1)
            && GridRay.LineOfSight(map, x0 + ox, y0 + oy, x1 + ox, y1 + oy)
            && GridRay.LineOfSight(map, x0 - ox, y0 - oy, x1 - ox, y1 - oy);
    }

    private static int Cell(double coordinate) => (int)Math.Floor(coordinate / DoomMap.CellSize);
}
