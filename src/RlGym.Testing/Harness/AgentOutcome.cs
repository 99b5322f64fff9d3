using RlGym.Core;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Harness;

/// <summary>One agent's part of an <see cref="Outcome"/>; the observation is a copy the environment cannot overwrite.</summary>
/// <param name="Agent">The agent's name; "" for a single-agent environment.</param>
/// <param name="Space">The agent's observation space.</param>
/// <param name="Observation">A copy of the observation.</param>
/// <param name="Reward">The reward (0 for a reset).</param>
/// <param name="Terminated">The termination flag (false for a reset).</param>
/// <param name="Truncated">The truncation flag (false for a reset).</param>
/// <param name="Info">The info as returned, possibly null.</param>
/// <param name="ActionSpace">The agent's action space.</param>
internal sealed record AgentOutcome(string Agent, ISpace Space, object? Observation, double Reward, bool Terminated, bool Truncated, Info? Info, ISpace ActionSpace)
{
    /// <summary>"" for a single agent, " of agent 'x'" otherwise: appended to what a message names.</summary>
    public string Of => Agent.Length == 0 ? "" : $" of agent '{Agent}'";
}
