namespace RlGym.Core;

/// <summary>
/// The allocation-free path of an environment whose observations are byte arrays (pixels): <see cref="ResetInto"/>
/// and <see cref="StepInto"/> write the observation into a buffer the caller owns instead of returning a fresh array,
/// so a step allocates nothing. Optional: an environment implements it beside
/// <see cref="IEnvironment{TObs,TAction}"/>, whose plain <c>Step</c> keeps returning observations the caller may keep.
/// Wrappers that leave observations unchanged (the checker, order enforcing, the time limit) forward it; find it
/// with <see cref="EnvironmentExtensions.TryGetBufferedStep{TAction}"/>, which also checks <see cref="CanStepInto"/>.
/// Both paths share the environment's state: an episode may mix them.
/// </summary>
/// <typeparam name="TAction">The action type.</typeparam>
public interface IBufferedStep<TAction>
{
    /// <summary>True when this object and everything it wraps can write observations into buffers.</summary>
    bool CanStepInto { get; }

    /// <summary>The number of bytes an observation takes (the observation space's size).</summary>
    int ObservationLength { get; }

    /// <summary>Starts an episode as <c>Reset</c> does, writing the first observation into <paramref name="observation"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="observation"/> is not <see cref="ObservationLength"/> bytes long.</exception>
    Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null);

    /// <summary>Applies <paramref name="action"/> as <c>Step</c> does, writing the next observation into <paramref name="observation"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="observation"/> is not <see cref="ObservationLength"/> bytes long.</exception>
    /// <exception cref="InvalidActionException">When the action is not in the action space.</exception>
    /// <exception cref="InvalidOperationException">Before the first reset or after the episode ended.</exception>
    StepOutcome StepInto(TAction action, Span<byte> observation);
}
