using System.Collections;
using RlGym.Core.Spaces;
using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.ActionMask"/>: over random action sequences, every <c>action_mask</c> (in an info, or a key of a
/// Dict observation) has one 0/1 entry per action of the agent's action space and allows at least one action while the
/// agent is live. Skipped when no mask shows up at the first reset.
/// </summary>
internal static class ActionMaskCheck
{
    /// <summary>PettingZoo's key.</summary>
    public const string Key = "action_mask";

    public static CheckResult Run(CheckContext context)
    {
        using (var probe = context.Harness.Open())
        {
            var first = probe.Reset(context.Seed, null, new Trace());
            if (!first.Agents.Any(a => Mask(a) is not null))
            {
                return CheckResult.Skip(CheckNames.ActionMask, $"no {Key} in the first reset's infos or observations");
            }
        }
        return context.Property(CheckNames.ActionMask, (script, trace) =>
        {
            using var session = context.Open(trace);
            foreach (var outcome in Episodes.Play(session, script, trace))
            {
                foreach (var agent in outcome.Agents)
                {
                    if (Mask(agent) is object mask)
                    {
                        Require(outcome, agent, mask);
                    }
                }
            }
        });
    }

    private static object? Mask(AgentOutcome agent) =>
        agent.Info is not null && agent.Info.TryGetValue(Key, out var inInfo) && inInfo is not null ? inInfo
        : agent.Observation is IReadOnlyDictionary<string, object> dict && dict.TryGetValue(Key, out var inObservation) ? inObservation
        : null;

    private static void Require(Outcome outcome, AgentOutcome agent, object mask)
    {
        if (mask is not IEnumerable items || mask is string)
        {
            throw new InvariantViolation($"{outcome.Call} returned an {Key}{agent.Of} of type {mask.GetType().Name}; it must be an array of 0/1 entries");
        }
        var entries = items.Cast<object>().Select(Convert.ToDouble).ToList();
        int? expected = agent.ActionSpace switch
        {
            Discrete d => d.N,
            MultiDiscrete m => m.FlatDim,
            MultiBinary b => b.Size,
            _ => null,
        };
        if (expected is int n && entries.Count != n)
        {
            throw new InvariantViolation($"{outcome.Call} returned an {Key}{agent.Of} of {entries.Count} entries; the action space {agent.ActionSpace} needs {n}");
        }
        if (entries.Any(e => e is not (0 or 1)))
        {
            throw new InvariantViolation($"{outcome.Call} returned an {Key}{agent.Of} holding {InfoValues.Format(mask)}; entries must be 0 or 1");
        }
        if (!agent.Terminated && !agent.Truncated && !entries.Contains(1))
        {
            throw new InvariantViolation($"{outcome.Call} returned an {Key}{agent.Of} that allows no action while the agent is live");
        }
    }
}
