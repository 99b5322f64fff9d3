namespace RlGym.Testing.Properties;

/// <summary>
/// One random input of a property: the seed of the first reset and one 64-bit seed per step, each of which the
/// environment's action space turns into an action.
/// </summary>
/// <param name="ResetSeed">The seed passed to the first Reset.</param>
/// <param name="ActionSeeds">One seed per step.</param>
internal sealed record ActionScript(ulong ResetSeed, ulong[] ActionSeeds);
