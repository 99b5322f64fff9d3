namespace RlGym.Envs.Doom;

/// <summary>An object a map places at the centre of a cell when an episode starts.</summary>
/// <param name="Kind">The object's kind.</param>
/// <param name="CellX">The cell's column (x east).</param>
/// <param name="CellY">The cell's row counted from the south edge (y north).</param>
public readonly record struct MapPlacement(DoomObjectKind Kind, int CellX, int CellY);
