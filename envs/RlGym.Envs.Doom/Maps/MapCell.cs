namespace RlGym.Envs.Doom;

/// <summary>A cell of a map: column x from the west edge, row y from the south edge.</summary>
/// <param name="X">The column.</param>
/// <param name="Y">The row from the south.</param>
public readonly record struct MapCell(int X, int Y)
{
    /// <summary>The cell's centre in map units.</summary>
    public (double X, double Y) Centre => ((X + 0.5) * DoomMap.CellSize, (Y + 0.5) * DoomMap.CellSize);
}
