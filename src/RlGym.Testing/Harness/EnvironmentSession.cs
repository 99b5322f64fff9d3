using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Harness;

/// <summary>
/// One made environment, single-agent or parallel, behind the few operations the checks need. Actions are never
/// passed in: each step turns a 64-bit action seed into an action by seeding the action space and sampling it,
/// so a list of seeds replays exactly and shrinks like any list.
/// </summary>
internal abstract class EnvironmentSession : IDisposable
{
    /// <summary>The environment's spec, if it has one.</summary>
    public abstract EnvSpec? Spec { get; }

    /// <summary>The environment's render mode.</summary>
    public abstract RenderMode RenderMode { get; }

    /// <summary>True when the last call ended the episode (every agent done, for a parallel environment).</summary>
    public abstract bool EpisodeOver { get; }

    /// <summary>The spaces the environment exposes.</summary>
    public abstract IReadOnlyList<SpaceAccessor> Spaces();

    /// <summary>A breach of the rules on agent names (empty or repeated possible agents, unknown agents accepted), if any.</summary>
    public virtual string? AgentProblem() => null;

    /// <summary>Resets, recording the call in <paramref name="trace"/>.</summary>
    public abstract Outcome Reset(ulong? seed, EnvOptions? options, Trace trace);

    /// <summary>Steps with the action(s) <paramref name="actionSeed"/> stands for, recording them in <paramref name="trace"/>.</summary>
    public abstract Outcome Step(ulong actionSeed, Trace trace);

    /// <summary>
    /// Steps when the environment must refuse to: before the first reset (with an action for every possible agent)
    /// or after the end (with an action for every live agent, that is none for a parallel environment).
    /// </summary>
    public abstract void StepOutOfOrder(ulong actionSeed, Trace trace, bool beforeReset);

    /// <summary>Steps that must be refused after a reset, or a reason there are none to try.</summary>
    public abstract (IReadOnlyList<InvalidStep> Steps, string? SkipReason) InvalidSteps(ulong seed);

    /// <summary>Calls the environment's Render.</summary>
    public abstract Frame? Render();

    /// <summary>A way to read the environment's global state (PettingZoo's <c>state()</c>), or null when it offers none.</summary>
    public virtual Func<object?>? StateReader() => null;

    /// <summary>True for a parallel multi-agent environment.</summary>
    public virtual bool IsParallel => false;

    /// <summary>Plays <paramref name="script"/> through the turn-based (AEC) view, throwing <c>InvariantViolation</c> at the first breach of its rules.</summary>
    public virtual void PlayTurnBased(ActionScript script, Trace trace) => throw new NotSupportedException("Only parallel environments have a turn-based view.");

    /// <summary>Disposes the environment (each call is forwarded, so disposing twice reaches it twice).</summary>
    public abstract void Dispose();
}
