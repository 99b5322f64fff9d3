namespace RlGym.Core;

/// <summary>What <see cref="IBufferedStep{TAction}.StepInto"/> returns: a step's result without the observation, which went into the caller's buffer.</summary>
/// <param name="Reward">The reward for the action.</param>
/// <param name="Terminated">The task reached a terminal state.</param>
/// <param name="Truncated">The episode was cut off from outside the task (a time limit).</param>
/// <param name="Info">Auxiliary information.</param>
public readonly record struct StepOutcome(double Reward, bool Terminated, bool Truncated, Info Info)
{
    /// <summary>True when the episode is over for either reason; reset next.</summary>
    public bool IsDone => Terminated || Truncated;

    /// <summary>The outcome of a plain step's result.</summary>
    public static StepOutcome Of<TObs>(in StepResult<TObs> result) => new(result.Reward, result.Terminated, result.Truncated, result.Info);
}
