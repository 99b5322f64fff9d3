using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Harness;

/// <summary>
/// PettingZoo's AEC <c>api_test</c> rules, played over <c>AsTurnBased()</c>: one turn per action seed, a reset (unseeded)
/// whenever no agent is left.
/// </summary>
internal static class TurnBasedRules
{
    public static void Play<TObs, TAction>(IParallelEnvironment<TObs, TAction> env, ActionScript script, Trace trace)
    {
        var aec = env.AsTurnBased();
        trace.Reset(script.ResetSeed, null);
        aec.Reset(script.ResetSeed);
        RequireAgents(env, aec, trace);
        foreach (ulong actionSeed in script.ActionSeeds)
        {
            if (aec.Agents.Count == 0)
            {
                trace.Reset(null, null);
                aec.Reset();
                RequireAgents(env, aec, trace);
            }
            string agent = aec.AgentSelection;
            if (!aec.Agents.Contains(agent, StringComparer.Ordinal))
            {
                throw new InvariantViolation($"{trace.Call} left AgentSelection = '{agent}', which is not in Agents [{string.Join(", ", aec.Agents)}]");
            }
            var last = aec.Last();
            var space = env.ObservationSpace(agent);
            if (!space.Contains(last.Observation))
            {
                throw new InvariantViolation($"{trace.Call} then Last() gave agent '{agent}' the observation {space.Format(last.Observation)}, which is not in {space}");
            }
            if (!double.IsFinite(last.Reward) || last.Info is null)
            {
                throw new InvariantViolation($"{trace.Call} then Last() gave agent '{agent}' the reward {last.Reward} and {(last.Info is null ? "no info" : "an info")}; rewards must be finite and infos there");
            }
            bool done = last.Terminated || last.Truncated;
            var actions = env.ActionSpace(agent);
            actions.Seed(actionSeed);
            TAction action = actions.Sample();
            trace.Step($"{agent}: {actions.Format(action)}");
            aec.Step(action);
            if (done && aec.Agents.Contains(agent, StringComparer.Ordinal))
            {
                throw new InvariantViolation($"{trace.Call}: agent '{agent}' was done, and stepping it must remove it from Agents, but Agents is [{string.Join(", ", aec.Agents)}]");
            }
            RequireAgents(env, aec, trace);
        }
    }

    private static void RequireAgents<TObs, TAction>(IParallelEnvironment<TObs, TAction> env, ITurnBasedEnvironment<TObs, TAction> aec, Trace trace)
    {
        foreach (string agent in aec.Agents)
        {
            if (!env.PossibleAgents.Contains(agent, StringComparer.Ordinal))
            {
                throw new InvariantViolation($"{trace.Call} left the turn-based Agents holding '{agent}', not one of PossibleAgents [{string.Join(", ", env.PossibleAgents)}]");
            }
        }
    }
}
