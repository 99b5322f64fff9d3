namespace RlGym.Runner;

/// <summary>What a run is about to do.</summary>
/// <param name="EnvironmentId">The environment's id (its type name when it was not made by a registry).</param>
/// <param name="MultiAgent">True for a parallel multi-agent environment.</param>
/// <param name="Roles">The roles that collect returns: the environment's possible agents, or the single role "agent".</param>
/// <param name="Agents">The name of the agent acting in each role, aligned with <paramref name="Roles"/>.</param>
/// <param name="Episodes">How many episodes were asked for.</param>
/// <param name="Seed">The seed of episode 0.</param>
public sealed record RunInfo(string EnvironmentId, bool MultiAgent, IReadOnlyList<string> Roles, IReadOnlyList<string> Agents, int Episodes, ulong Seed)
{
    /// <summary>The role name a single-agent run reports its returns under.</summary>
    public const string SingleRole = "agent";
}
