using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.MultiAgent;

/// <summary>
/// A multi-agent environment in PettingZoo's parallel shape: every live agent acts at once each step.
/// Per-agent spaces are the same objects on every call; <see cref="Agents"/> is always a subset of
/// <see cref="PossibleAgents"/>, and an agent that is done leaves <see cref="Agents"/> for the rest of the episode.
/// </summary>
/// <typeparam name="TObs">The observation type of every agent.</typeparam>
/// <typeparam name="TAction">The action type of every agent.</typeparam>
public interface IParallelEnvironment<TObs, TAction> : IDisposable
{
    /// <summary>The registration this environment was made from; null when constructed directly.</summary>
    EnvSpec? Spec { get; }

    /// <summary>Every agent that can ever take part, in a fixed order.</summary>
    IReadOnlyList<string> PossibleAgents { get; }

    /// <summary>The agents still live in the current episode.</summary>
    IReadOnlyList<string> Agents { get; }

    /// <summary>How <see cref="Render"/> draws; fixed at construction.</summary>
    RenderMode RenderMode { get; }

    /// <summary>The observation space of <paramref name="agent"/>; the same object on every call.</summary>
    /// <exception cref="ArgumentException">When the agent is not one of <see cref="PossibleAgents"/>.</exception>
    ISpace<TObs> ObservationSpace(string agent);

    /// <summary>The action space of <paramref name="agent"/>; the same object on every call.</summary>
    /// <exception cref="ArgumentException">When the agent is not one of <see cref="PossibleAgents"/>.</exception>
    ISpace<TAction> ActionSpace(string agent);

    /// <summary>Starts an episode; a seed reseeds the environment, none continues its stream.</summary>
    ParallelResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null);

    /// <summary>One action for each live agent; returns per-agent results keyed by the agents that were live.</summary>
    /// <exception cref="ArgumentException">When an action is missing, belongs to an agent that is not live, or is outside its space.</exception>
    /// <exception cref="InvalidOperationException">Before the first reset or after every agent is done.</exception>
    ParallelStepResult<TObs> Step(IReadOnlyDictionary<string, TAction> actions);

    /// <summary>A frame of the current state, or null when the mode is <see cref="RenderMode.None"/>.</summary>
    Frame? Render();
}
