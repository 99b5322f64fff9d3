namespace RlGym.Envs.Doom;

/// <summary>A player start cell of a map; the episode starts at one of them, picked at random.</summary>
/// <param name="CellX">The cell's column (x east).</param>
/// <param name="CellY">The cell's row counted from the south edge (y north).</param>
/// <param name="Facing">The facing in degrees anticlockwise from east, or null for a random facing (symbol <c>@</c>).</param>
public readonly record struct MapStart(int CellX, int CellY, double? Facing);
