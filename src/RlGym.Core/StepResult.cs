namespace RlGym.Core;

/// <summary>What <c>Step</c> returns (Gymnasium's five-tuple).</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <param name="Observation">The observation after the action.</param>
/// <param name="Reward">The reward for the action.</param>
/// <param name="Terminated">The task reached a terminal state (caught, died, goal): the value of what follows is zero.</param>
/// <param name="Truncated">The episode was cut off from outside the task (a time limit): bootstrapping is still valid.</param>
/// <param name="Info">Auxiliary information.</param>
public readonly record struct StepResult<TObs>(TObs Observation, double Reward, bool Terminated, bool Truncated, Info Info)
{
    /// <summary>True when the episode is over for either reason; call <c>Reset</c> next.</summary>
    public bool IsDone => Terminated || Truncated;
}
