namespace RlGym.Core.MultiAgent;

/// <summary>
/// The allocation-free path of a parallel environment, the counterpart of <see cref="IBufferedStep{TAction}"/> for
/// <see cref="IParallelEnvironment{TObs,TAction}"/>. Agents are addressed by their index in
/// <see cref="IParallelEnvironment{TObs,TAction}.PossibleAgents"/>; actions and results travel in spans the caller owns,
/// and each agent's observation goes into an observation the caller holds (made once with
/// <see cref="AllocateObservation"/>) instead of a fresh one, so a step allocates nothing. An observation on this path
/// is valid until the next call that writes into it: copy it (the space's <c>Copy</c>) to keep it. Optional: an
/// environment implements it beside <see cref="IParallelEnvironment{TObs,TAction}"/>, whose plain <c>Step</c> keeps
/// returning observations the caller may keep; find it with
/// <see cref="MultiAgentExtensions.TryGetBufferedParallelStep{TObs,TAction}"/>, which also checks
/// <see cref="CanStepInto"/>. Both paths share the environment's state: an episode may mix them.
/// </summary>
/// <typeparam name="TObs">The observation type of every agent.</typeparam>
/// <typeparam name="TAction">The action type of every agent.</typeparam>
public interface IBufferedParallelStep<TObs, TAction>
{
    /// <summary>True when this object and everything it wraps can write observations into the caller's.</summary>
    bool CanStepInto { get; }

    /// <summary>
    /// A new observation of agent <paramref name="agent"/> (an index into the possible agents) for
    /// <see cref="ResetInto"/> and <see cref="StepInto"/> to fill again and again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the index is not that of a possible agent.</exception>
    TObs AllocateObservation(int agent);

    /// <summary>
    /// Starts an episode as <c>Reset</c> does. <paramref name="observations"/> and <paramref name="infos"/> have one
    /// entry per possible agent; entry i of <paramref name="observations"/> holds what <see cref="AllocateObservation"/>
    /// gave for agent i, and the environment writes agent i's first observation into it (filling it in place, or, for
    /// a value type, replacing it).
    /// </summary>
    /// <exception cref="ArgumentException">When a span does not have one entry per possible agent, or an observation is not one this environment allocated.</exception>
    void ResetInto(Span<TObs> observations, Span<Info> infos, ulong? seed = null, EnvOptions? options = null);

    /// <summary>
    /// Applies <paramref name="actions"/> as <c>Step</c> does: entry i is agent i's action, read only when agent i is
    /// live (others are ignored). Writes each agent that was live its next observation into entry i of
    /// <paramref name="observations"/> (as <see cref="ResetInto"/> does) and its reward, flags and info into entry i of
    /// <paramref name="outcomes"/>; an agent that was not live keeps its observation and gets a default outcome.
    /// </summary>
    /// <exception cref="ArgumentException">When a span does not have one entry per possible agent, or an observation is not one this environment allocated.</exception>
    /// <exception cref="InvalidActionException">When a live agent's action is not in its action space.</exception>
    /// <exception cref="InvalidOperationException">Before the first reset or after every agent is done.</exception>
    void StepInto(ReadOnlySpan<TAction> actions, Span<TObs> observations, Span<StepOutcome> outcomes);
}
