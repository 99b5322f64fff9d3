namespace RlGym.Core.MultiAgent;

/// <summary>What a parallel reset returns: an observation and an info for every live agent.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <param name="Observations">The first observation of each agent.</param>
/// <param name="Infos">The info of each agent.</param>
public readonly record struct ParallelResetResult<TObs>(
    IReadOnlyDictionary<string, TObs> Observations,
    IReadOnlyDictionary<string, Info> Infos);
