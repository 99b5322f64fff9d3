namespace RlGym.Envs.Doom.Environment;

/// <summary>The parts of a Doom observation beside <c>screen</c>, as ViZDoom's Gymnasium wrapper offers them.</summary>
/// <param name="Depth">Option <c>depth</c>: add the 8-bit depth buffer (height, width, 1).</param>
/// <param name="Labels">Option <c>labels</c>: add the labels buffer (height, width, 1).</param>
/// <param name="Automap">Option <c>automap</c>: add the top-down map (height, width, channels).</param>
/// <param name="Variables">The <c>gamevariables</c> entries (the scenario's, or option <c>available_game_variables</c>); none leaves the key out.</param>
internal sealed record ObservationSettings(bool Depth, bool Labels, bool Automap, IReadOnlyList<DoomGameVariable> Variables);
