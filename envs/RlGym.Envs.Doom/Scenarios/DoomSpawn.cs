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
/// <param name="Stationary">True for monsters that attack but never walk.</param>
/// <param name="Patrol">True for a monster that walks east and west along its row, turning at walls, and never attacks (PredictPosition's).</param>
/// <param name="AddEveryTics">Tics between extra monsters of this rule appearing (TakeCover's growing crowd); null for none.</param>
/// <param name="MaxCount">The most monsters of this rule alive at once when <paramref name="AddEveryTics"/> adds them.</param>
/// <param name="RespawnHealthGain">Health each respawned monster has beyond the one it replaces (DefendTheLine's toughening).</param>
public sealed record DoomSpawn(
    DoomObjectKind Kind, int Count, int? RespawnDelayTics = null, int? Health = null, bool Passive = false,
    bool Stationary = false, bool Patrol = false, int? AddEveryTics = null, int MaxCount = 64, int RespawnHealthGain = 0);
