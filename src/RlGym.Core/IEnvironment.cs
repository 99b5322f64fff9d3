using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core;

/// <summary>The part of an environment that does not depend on its observation and action types.</summary>
public interface IEnvironment : IDisposable
{
    /// <summary>The registration this environment was made from; null when constructed directly.</summary>
    EnvSpec? Spec { get; }

    /// <summary>The observation space, untyped; the same object on every call.</summary>
    ISpace ObservationSpace { get; }

    /// <summary>The action space, untyped; the same object on every call.</summary>
    ISpace ActionSpace { get; }

    /// <summary>How <see cref="Render"/> draws; fixed at construction.</summary>
    RenderMode RenderMode { get; }

    /// <summary>A frame of the current state in <see cref="RenderMode"/>; null when the mode is <see cref="RenderMode.None"/>. Does not change the state.</summary>
    Frame? Render();
}

/// <summary>
/// A single-agent environment with Gymnasium's contract: <see cref="Reset"/> starts an episode, <see cref="Step"/>
/// advances it by one action and says whether it terminated (a terminal state) or was truncated (cut off).
/// Stepping before the first reset, or after an episode ended, throws <see cref="InvalidOperationException"/>;
/// an action outside <see cref="ActionSpace"/> throws <see cref="InvalidActionException"/>. Disposing twice is safe.
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public interface IEnvironment<TObs, TAction> : IEnvironment
{
    /// <summary>The observation space; the same object on every call.</summary>
    new ISpace<TObs> ObservationSpace { get; }

    /// <summary>The action space; the same object on every call.</summary>
    new ISpace<TAction> ActionSpace { get; }

    ISpace IEnvironment.ObservationSpace => ObservationSpace;

    ISpace IEnvironment.ActionSpace => ActionSpace;

    /// <summary>
    /// Starts a new episode. A <paramref name="seed"/> reseeds the environment's generator; without one the
    /// generator continues where it was, so an unseeded reset after a seeded one is still reproducible.
    /// </summary>
    /// <param name="seed">The seed, or null to continue the current stream.</param>
    /// <param name="options">Per-episode options; each environment documents the ones it reads.</param>
    ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null);

    /// <summary>Applies <paramref name="action"/> and returns what followed.</summary>
    /// <exception cref="InvalidActionException">When the action is not in <see cref="ActionSpace"/>.</exception>
    /// <exception cref="InvalidOperationException">Before the first <see cref="Reset"/> or after the episode ended.</exception>
    StepResult<TObs> Step(TAction action);
}
