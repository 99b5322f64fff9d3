using RlGym.Core;

namespace RlGym.Runner.Arena;

/// <summary>
/// What an arena plays: every agent of role A against every agent of role B in a two-role multi-agent environment,
/// <see cref="Episodes"/> episodes per pairing. Episode <c>e</c> of every pairing starts from the same environment seed
/// (derived from <see cref="Seed"/> and <c>e</c>), so pairings are compared on the same starts.
/// </summary>
public sealed record ArenaRequest
{
    /// <summary>The largest number of lanes (games an agent plays side by side).</summary>
    public const int MaxLanes = 4096;

    /// <summary>The multi-agent environment, such as CatMouseDuel-v0.</summary>
    public required string EnvironmentId { get; init; }

    /// <summary>The first role, such as "cat": its agents are the rows of the pairing table.</summary>
    public required string RoleA { get; init; }

    /// <summary>The second role, such as "mouse".</summary>
    public required string RoleB { get; init; }

    /// <summary>Agent spec strings for <see cref="RoleA"/>, each at most once.</summary>
    public required IReadOnlyList<string> AgentsA { get; init; }

    /// <summary>Agent spec strings for <see cref="RoleB"/>, each at most once.</summary>
    public required IReadOnlyList<string> AgentsB { get; init; }

    /// <summary>Episodes per pairing; default 100.</summary>
    public int Episodes { get; init; } = 100;

    /// <summary>Seeds every episode's start and every agent's randomness; default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>Worker threads; default every core. The results do not depend on it.</summary>
    public int Threads { get; init; } = System.Environment.ProcessorCount;

    /// <summary>
    /// Games an agent plays side by side (one environment each), so a neural agent answers them with one forward pass;
    /// default 64. Episodes are split into blocks of this size; the results do not depend on the thread count, but a
    /// neural agent's last-bit rounding may depend on the lane count.
    /// </summary>
    public int Lanes { get; init; } = 64;

    /// <summary>Construction options of the environment (null for its defaults).</summary>
    public EnvOptions? Options { get; init; }

    /// <summary>The number of pairings.</summary>
    public int Pairings => AgentsA.Count * AgentsB.Count;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public ArenaRequest Validate()
    {
        if (Episodes < 1)
        {
            throw new UserInputException($"Episodes per pairing is {Episodes}; expected a whole number of at least 1.");
        }
        if (Threads < 1)
        {
            throw new UserInputException($"Threads is {Threads}; expected a whole number of at least 1.");
        }
        if (Lanes is < 1 or > MaxLanes)
        {
            throw new UserInputException($"Lanes is {Lanes}; expected 1 to {MaxLanes}.");
        }
        if (string.Equals(RoleA, RoleB, StringComparison.Ordinal))
        {
            throw new UserInputException($"The arena needs two different roles; got '{RoleA}' twice.");
        }
        CheckAgents(RoleA, AgentsA);
        CheckAgents(RoleB, AgentsB);
        return this;
    }

    private static void CheckAgents(string role, IReadOnlyList<string> specs)
    {
        if (specs is null || specs.Count == 0)
        {
            throw new UserInputException($"No agents for the {role}; give at least one agent spec (such as 'random').");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string spec in specs)
        {
            if (string.IsNullOrWhiteSpace(spec))
            {
                throw new UserInputException($"An agent spec for the {role} is empty; expected a spec such as 'random' or 'lstm:PATH'.");
            }
            if (!seen.Add(spec))
            {
                throw new UserInputException($"Agent '{spec}' is listed twice for the {role}; list each agent once.");
            }
        }
    }
}
