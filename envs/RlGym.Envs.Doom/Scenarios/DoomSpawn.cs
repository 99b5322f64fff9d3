namespace RlGym.Envs.Doom;

/// <summary>
/// A scenario's rule for placing monsters of one kind at random spawn cells of its map (the lower-case symbol of
/// the kind, such as <c>c</c> for cacodemons), at a random point within the cell.
/// </summary>
/// <param name="Kind">The monster kind (its spawn cells are the kind's lower-case map symbol).</param>
/// <param name="Count">How many are alive at the start.</param>
/// <param name="RespawnDelayTics">Tics after a death before a replacement appears at a random spawn cell; null for none.</param>
/// <param name="Health">Health override (such as 1 for one-shot kills); null for the kind's own.</param>
/// <param name="Passive">True for monsters that neither move nor attack (Basic's target).</param>
public sealed record DoomSpawn(DoomObjectKind Kind, int Count, int? RespawnDelayTics = null, int? Health = null, bool Passive = false);
