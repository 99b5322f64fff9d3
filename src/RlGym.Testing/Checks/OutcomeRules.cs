using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>Rules on one outcome and comparisons of two; each rule throws <see cref="InvariantViolation"/> when broken.</summary>
internal static class OutcomeRules
{
    /// <summary>Every observation lies in its space and every info is there.</summary>
    public static void RequireInSpace(Outcome outcome)
    {
        foreach (var agent in outcome.Agents)
        {
            if (!agent.Space.ContainsObject(agent.Observation))
            {
                throw new InvariantViolation(
                    $"{outcome.Call} returned the observation{agent.Of} {agent.Space.Format(agent.Observation)}, which is not in {agent.Space}");
            }
            if (agent.Info is null)
            {
                throw new InvariantViolation($"{outcome.Call} returned no info{agent.Of}; return Info.Empty when there is nothing to report");
            }
        }
    }

    /// <summary>PettingZoo's parallel API rules held for this outcome.</summary>
    public static void RequireParallelApi(Outcome outcome)
    {
        if (outcome.ApiProblem is string problem)
        {
            throw new InvariantViolation($"{outcome.Call} {problem}");
        }
    }

    /// <summary>Every reward is finite.</summary>
    public static void RequireFiniteRewards(Outcome outcome)
    {
        foreach (var agent in outcome.Agents)
        {
            if (!double.IsFinite(agent.Reward))
            {
                throw new InvariantViolation($"{outcome.Call} returned the reward{agent.Of} {agent.Reward}; rewards must be finite numbers");
            }
        }
    }

    /// <summary>How two outcomes of the same call differ (agents, observations, rewards, flags, info keys and, when asked, info values), or null when they agree.</summary>
    public static string? Difference(Outcome a, Outcome b, bool compareInfoValues = false)
    {
        if (!a.LiveAgents.SequenceEqual(b.LiveAgents, StringComparer.Ordinal))
        {
            return $"Agents [{string.Join(", ", a.LiveAgents)}] vs [{string.Join(", ", b.LiveAgents)}]";
        }
        if (!a.Agents.Select(x => x.Agent).SequenceEqual(b.Agents.Select(x => x.Agent), StringComparer.Ordinal))
        {
            return $"results for [{string.Join(", ", a.Agents.Select(x => x.Agent))}] vs [{string.Join(", ", b.Agents.Select(x => x.Agent))}]";
        }
        for (int i = 0; i < a.Agents.Count; i++)
        {
            var (x, y) = (a.Agents[i], b.Agents[i]);
            if (!x.Space.ValuesEqualObject(x.Observation, y.Observation))
            {
                return $"observation{x.Of} {x.Space.Format(x.Observation)} vs {x.Space.Format(y.Observation)}";
            }
            if (!x.Reward.Equals(y.Reward))
            {
                return $"reward{x.Of} {x.Reward} vs {y.Reward}";
            }
            if (x.Terminated != y.Terminated || x.Truncated != y.Truncated)
            {
                return $"terminated/truncated{x.Of} {x.Terminated}/{x.Truncated} vs {y.Terminated}/{y.Truncated}";
            }
            string keysX = InfoKeys(x), keysY = InfoKeys(y);
            if (keysX != keysY)
            {
                return $"info keys{x.Of} {keysX} vs {keysY}";
            }
            if (compareInfoValues && x.Info is not null && y.Info is not null)
            {
                foreach (string key in x.Info.Keys.Order(StringComparer.Ordinal))
                {
                    if (!InfoValues.Equal(x.Info[key], y.Info[key]))
                    {
                        return $"info[\"{key}\"]{x.Of} {InfoValues.Format(x.Info[key])} vs {InfoValues.Format(y.Info[key])}";
                    }
                }
            }
        }
        return null;
    }

    /// <summary>How the observations of two outcomes differ, or null when every agent's observation is equal.</summary>
    public static string? ObservationDifference(Outcome a, Outcome b)
    {
        if (a.Agents.Count != b.Agents.Count)
        {
            return $"{a.Agents.Count} vs {b.Agents.Count} agents";
        }
        for (int i = 0; i < a.Agents.Count; i++)
        {
            var (x, y) = (a.Agents[i], b.Agents[i]);
            if (x.Agent != y.Agent || !x.Space.ValuesEqualObject(x.Observation, y.Observation))
            {
                return $"observation{x.Of} {x.Space.Format(x.Observation)} vs {y.Space.Format(y.Observation)}";
            }
        }
        return null;
    }

    private static string InfoKeys(AgentOutcome agent) =>
        agent.Info is null ? "(no info)" : "{" + string.Join(", ", agent.Info.Keys.Order(StringComparer.Ordinal)) + "}";
}
