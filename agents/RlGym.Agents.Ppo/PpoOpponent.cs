using RlGym.Core.Agents;

namespace RlGym.Agents.Ppo;

/// <summary>How PPO trains in a two-agent parallel environment: which role learns, and the fixed opponent playing the other.</summary>
/// <param name="Agents">The registry the opponent spec is resolved in.</param>
/// <param name="Role">The role that learns, such as <c>mouse</c>.</param>
/// <param name="OpponentSpec">Any agent spec for the other role, such as <c>teacher</c> or <c>lstm:PATH</c>.</param>
public sealed record PpoOpponent(AgentRegistry Agents, string Role, string OpponentSpec);
