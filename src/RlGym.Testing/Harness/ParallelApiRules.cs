namespace RlGym.Testing.Harness;

/// <summary>
/// PettingZoo's <c>parallel_api_test</c> rules on what one reset or step returned: the dictionaries cover exactly
/// the live agents, the agents are possible ones, a done agent leaves <c>Agents</c> and never comes back within
/// the episode. New agents may join mid-episode (a legal design PettingZoo's own test rejects).
/// </summary>
internal static class ParallelApiRules
{
    /// <summary>The first breach in what a reset returned, or null.</summary>
    public static string? AfterReset(IReadOnlyList<string> possible, IReadOnlyList<string> agents, params (string Name, IEnumerable<string>? Keys)[] dictionaries)
    {
        if (AgentsProblem(possible, agents) is string problem)
        {
            return problem;
        }
        if (agents.Count == 0)
        {
            return "left Agents empty; a reset must start an episode with live agents";
        }
        return CoverageProblem(dictionaries, agents, "the live agents are");
    }

    /// <summary>The first breach in what a step returned, or null; <paramref name="gone"/> holds the agents done earlier in the episode.</summary>
    public static string? AfterStep(
        IReadOnlyList<string> possible,
        IReadOnlyList<string> acted,
        IReadOnlyList<string> after,
        IReadOnlySet<string> gone,
        IReadOnlySet<string> doneNow,
        params (string Name, IEnumerable<string>? Keys)[] dictionaries)
    {
        if (CoverageProblem(dictionaries, acted, "the agents that acted were") is string coverage)
        {
            return coverage;
        }
        if (AgentsProblem(possible, after) is string problem)
        {
            return problem;
        }
        foreach (string agent in after)
        {
            if (doneNow.Contains(agent))
            {
                return $"reported agent '{agent}' terminated or truncated, but left it in Agents; a done agent must leave Agents";
            }
            if (gone.Contains(agent))
            {
                return $"brought agent '{agent}' back into Agents after it was done in this episode";
            }
        }
        return null;
    }

    private static string? AgentsProblem(IReadOnlyList<string> possible, IReadOnlyList<string> agents)
    {
        foreach (string agent in agents)
        {
            if (!possible.Contains(agent, StringComparer.Ordinal))
            {
                return $"left Agents = [{string.Join(", ", agents)}], which holds '{agent}', not one of PossibleAgents [{string.Join(", ", possible)}]";
            }
        }
        if (agents.Distinct(StringComparer.Ordinal).Count() != agents.Count)
        {
            return $"left Agents = [{string.Join(", ", agents)}], which repeats an agent";
        }
        return null;
    }

    private static string? CoverageProblem((string Name, IEnumerable<string>? Keys)[] dictionaries, IReadOnlyList<string> expected, string expectedWords)
    {
        var want = new HashSet<string>(expected, StringComparer.Ordinal);
        foreach (var (name, keys) in dictionaries)
        {
            if (keys is null)
            {
                return $"returned no {name} dictionary";
            }
            var have = keys.ToList();
            if (!want.SetEquals(have) || have.Count != want.Count)
            {
                return $"returned {name} for [{string.Join(", ", have)}] but {expectedWords} [{string.Join(", ", expected)}]; each dictionary must cover exactly those agents";
            }
        }
        return null;
    }
}
