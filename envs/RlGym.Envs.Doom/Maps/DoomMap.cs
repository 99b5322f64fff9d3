using RlGym.Core;
using RlGym.Envs.Doom.Maps;

namespace RlGym.Envs.Doom;

/// <summary>
/// A map: a grid of wall and floor cells, 64 map units to a side, read from a text file whose first grid line is
/// the north edge. Cell (x, y) is column x of the text and row y counted from the south edge, so that x grows east
/// and y grows north as in Doom. Immutable; shared by every environment made from it.
/// <para>Map files: lines starting with ';' are comments, blank lines are skipped, every other line is a row of
/// cells of the same length. The symbols: '#' or '1'-'9' a wall (the digit picks its texture), '.' floor, '&gt;' '&lt;'
/// '^' 'v' a player start facing east, west, north or south, '@' a start facing anywhere, 'C' 'D' 'Z' 'S' 'G' 'M' 'I' a
/// cacodemon, demon, zombieman, shotgun guy, chaingun guy, chainsaw marine or imp, their lower-case letters a spawn cell for that kind, '+' a medkit, '*' an
/// ammo clip, 'V' the green armor vest (a goal). The edge must be wall, there must be a start, and every goal must be
/// reachable from every start; otherwise <see cref="MapFormatException"/> says where.</para>
/// </summary>
public sealed class DoomMap
{
    /// <summary>The side of a cell in map units (Doom's 64).</summary>
    public const int CellSize = 64;

    private const string ResourcePrefix = "RlGym.Envs.Doom.Maps.";
    private readonly byte[] _cells;
    private readonly int _firstLine;
    private readonly Dictionary<DoomObjectKind, MapCell[]> _spawnCells;

    internal DoomMap(string name, int width, int height, byte[] cells, int firstLine,
        IReadOnlyList<MapStart> starts, IReadOnlyList<MapPlacement> placements, Dictionary<DoomObjectKind, MapCell[]> spawnCells)
    {
        Name = name;
        Width = width;
        Height = height;
        _cells = cells;
        _firstLine = firstLine;
        Starts = starts;
        Placements = placements;
        _spawnCells = spawnCells;
        var floor = new List<MapCell>();
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (cells[y * width + x] == 0)
                {
                    floor.Add(new MapCell(x, y));
                }
            }
        }
        FloorCells = floor;
    }

    /// <summary>The map's name (a built-in name or the file path it was read from).</summary>
    public string Name { get; }

    /// <summary>Columns of cells (west to east).</summary>
    public int Width { get; }

    /// <summary>Rows of cells (south to north).</summary>
    public int Height { get; }

    /// <summary>The player starts.</summary>
    public IReadOnlyList<MapStart> Starts { get; }

    /// <summary>The objects placed when an episode starts.</summary>
    public IReadOnlyList<MapPlacement> Placements { get; }

    /// <summary>Every floor cell (south row first), where medkits drop.</summary>
    public IReadOnlyList<MapCell> FloorCells { get; }

    /// <summary>The cells as wall textures, row y from the south at <c>y * Width + x</c>: 0 floor, 1 to 9 a wall.</summary>
    public ReadOnlySpan<byte> Cells => _cells;

    /// <summary>The names of the built-in maps.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } =
    [
        .. typeof(DoomMap).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".map", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^4])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>True when (x, y) is a wall or outside the map.</summary>
    public bool IsWall(int x, int y) => (uint)x >= (uint)Width || (uint)y >= (uint)Height || _cells[y * Width + x] != 0;

    /// <summary>The wall texture at (x, y): 0 for floor, 1 to 9 for a wall (1 outside the map).</summary>
    public int WallTexture(int x, int y) => (uint)x >= (uint)Width || (uint)y >= (uint)Height ? 1 : _cells[y * Width + x];

    /// <summary>True when the point (in map units) lies in a wall cell or outside the map.</summary>
    public bool IsWallAt(double x, double y) => IsWall((int)Math.Floor(x / CellSize), (int)Math.Floor(y / CellSize));

    /// <summary>The spawn cells marked for monsters of <paramref name="kind"/> (its lower-case symbol).</summary>
    public IReadOnlyList<MapCell> SpawnCells(DoomObjectKind kind) => _spawnCells.TryGetValue(kind, out var cells) ? cells : [];

    /// <summary>The line and column (from 1) of cell (x, y) in the map's text.</summary>
    public (int Line, int Column) TextPosition(int x, int y) => (_firstLine + (Height - 1 - y), x + 1);

    /// <summary>Reads a map from text.</summary>
    /// <param name="text">The map file's contents.</param>
    /// <param name="source">The name errors start with (a path or a built-in name).</param>
    /// <exception cref="MapFormatException">When the map is malformed; the message gives line and column.</exception>
    public static DoomMap Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return MapParser.Parse(text, source);
    }

    /// <summary>Reads a map file.</summary>
    /// <exception cref="UserInputException">When there is no such file.</exception>
    /// <exception cref="MapFormatException">When the map is malformed.</exception>
    public static DoomMap Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new UserInputException($"There is no map file '{path}'.");
        }
        return MapParser.Parse(File.ReadAllText(path), path);
    }

    /// <summary>A built-in map by name (see <see cref="BuiltInNames"/>).</summary>
    /// <exception cref="ArgumentException">When there is no built-in map of that name.</exception>
    public static DoomMap BuiltIn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using Stream? stream = typeof(DoomMap).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".map");
        if (stream is null)
        {
            throw new UserInputException($"There is no built-in map '{name}'; the built-in maps are: {string.Join(", ", BuiltInNames)}.");
        }
        using var reader = new StreamReader(stream);
        return MapParser.Parse(reader.ReadToEnd(), name + ".map");
    }

    /// <summary>A built-in map when <paramref name="nameOrPath"/> names one, otherwise the map file at that path.</summary>
    /// <exception cref="ArgumentException">When it is neither a built-in map nor an existing file.</exception>
    /// <exception cref="MapFormatException">When the map is malformed.</exception>
    public static DoomMap Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (BuiltInNames.Contains(nameOrPath, StringComparer.Ordinal))
        {
            return BuiltIn(nameOrPath);
        }
        if (File.Exists(nameOrPath))
        {
            return Load(nameOrPath);
        }
        throw new UserInputException($"Map '{nameOrPath}' is neither a built-in map ({string.Join(", ", BuiltInNames)}) nor an existing file.");
    }

    /// <inheritdoc />
    public override string ToString() => $"DoomMap({Name}, {Width}x{Height})";
}
