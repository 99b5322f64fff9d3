namespace RlGym.Envs.Doom.Maps;

/// <summary>Reads map text into a <see cref="DoomMap"/>, reporting the first problem with its line and column.</summary>
internal static class MapParser
{
    /// <summary>The largest side accepted, in cells.</summary>
    public const int MaxSide = 256;

    public static DoomMap Parse(string text, string source)
    {
        var rows = new List<(int Line, string Text)>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith(MapSymbols.Comment))
            {
                continue;
            }
            rows.Add((i + 1, line));
        }
        if (rows.Count == 0)
        {
            throw new MapFormatException(source, 1, 1, "the map has no rows of cells");
        }
        int width = rows[0].Text.Length;
        int height = rows.Count;
        if (width > MaxSide || height > MaxSide)
        {
            throw new MapFormatException(source, rows[0].Line, 1, $"the map is {width}x{height} cells; at most {MaxSide}x{MaxSide} are allowed");
        }
        var cells = new byte[width * height];
        var starts = new List<MapStart>();
        var placements = new List<MapPlacement>();
        var spawns = new Dictionary<DoomObjectKind, List<MapCell>>();
        for (int r = 0; r < height; r++)
        {
            var (lineNumber, row) = rows[r];
            if (row.Length != width)
            {
                int column = Math.Min(row.Length, width) + 1;
                throw new MapFormatException(source, lineNumber, column,
                    $"this row has {row.Length} cells but the first row (line {rows[0].Line}) has {width}; every row must be as long");
            }
            int y = height - 1 - r;
            for (int x = 0; x < width; x++)
            {
                char symbol = row[x];
                byte wall = MapSymbols.WallTexture(symbol);
                bool edge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
                if (wall != 0)
                {
                    cells[y * width + x] = wall;
                    continue;
                }
                if (MapSymbols.TryStart(symbol, out double? facing))
                {
                    starts.Add(new MapStart(x, y, facing));
                }
                else if (MapSymbols.TryPlacement(symbol, out var kind))
                {
                    placements.Add(new MapPlacement(kind, x, y));
                }
                else if (MapSymbols.TrySpawnCell(symbol, out var spawnKind))
                {
                    if (!spawns.TryGetValue(spawnKind, out var list))
                    {
                        spawns[spawnKind] = list = [];
                    }
                    list.Add(new MapCell(x, y));
                }
                else if (symbol != MapSymbols.Floor)
                {
                    throw new MapFormatException(source, lineNumber, x + 1, $"unknown symbol '{symbol}'; the symbols are: {MapSymbols.Legend}");
                }
                if (edge)
                {
                    throw new MapFormatException(source, lineNumber, x + 1, $"'{symbol}' lies on the edge of the map; the edge must be wall so that nothing walks off it");
                }
            }
        }
        if (starts.Count == 0)
        {
            throw new MapFormatException(source, rows[0].Line, 1, "the map has no player start; put one of '>' '<' '^' 'v' '@' on a floor cell");
        }
        var map = new DoomMap(source, width, height, cells, rows[0].Line, starts, placements,
            spawns.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
        CheckGoalsReachable(map, source);
        return map;
    }

    private static void CheckGoalsReachable(DoomMap map, string source)
    {
        var goals = map.Placements.Where(p => p.Kind == DoomObjectKind.GreenArmor).ToList();
        if (goals.Count == 0)
        {
            return;
        }
        foreach (var start in map.Starts)
        {
            int[] distance = MapDistances.From(map, start.CellX, start.CellY);
            foreach (var goal in goals)
            {
                if (distance[goal.CellY * map.Width + goal.CellX] < 0)
                {
                    var (line, column) = map.TextPosition(goal.CellX, goal.CellY);
                    var (startLine, startColumn) = map.TextPosition(start.CellX, start.CellY);
                    throw new MapFormatException(source, line, column,
                        $"the goal 'V' cannot be reached from the player start at line {startLine}, column {startColumn}; walls cut it off");
                }
            }
        }
    }
}
