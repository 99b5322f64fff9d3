namespace RlGym.Core;

/// <summary>What <c>Reset</c> returns: the first observation of an episode and its info.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <param name="Observation">The first observation.</param>
/// <param name="Info">Auxiliary information.</param>
public readonly record struct ResetResult<TObs>(TObs Observation, Info Info);
