namespace RlGym.Core.MultiAgent;

/// <summary>What a parallel step returns: PettingZoo's five dictionaries, keyed by the agents that acted.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <param name="Observations">The next observation of each agent.</param>
/// <param name="Rewards">The reward of each agent.</param>
/// <param name="Terminations">Whether each agent reached a terminal state.</param>
/// <param name="Truncations">Whether each agent was cut off from outside.</param>
/// <param name="Infos">The info of each agent.</param>
public readonly record struct ParallelStepResult<TObs>(
    IReadOnlyDictionary<string, TObs> Observations,
    IReadOnlyDictionary<string, double> Rewards,
    IReadOnlyDictionary<string, bool> Terminations,
    IReadOnlyDictionary<string, bool> Truncations,
    IReadOnlyDictionary<string, Info> Infos);
