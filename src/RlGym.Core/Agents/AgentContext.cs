using RlGym.Core.Spaces;

namespace RlGym.Core.Agents;

/// <summary>What an agent factory is told about where its agent will act.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
/// <param name="Environment">The environment object (single- or multi-agent, possibly wrapped): teachers find privileged state through it.</param>
/// <param name="ObservationSpace">The agent's observation space.</param>
/// <param name="ActionSpace">The agent's action space.</param>
/// <param name="Role">The agent's name in a multi-agent environment (such as "cat"); null in a single-agent one.</param>
/// <param name="Argument">What followed the colon in the spec string (a checkpoint path, say); null when nothing did.</param>
public sealed record AgentContext<TObs, TAction>(
    IDisposable Environment, ISpace<TObs> ObservationSpace, ISpace<TAction> ActionSpace, string? Role, string? Argument);
