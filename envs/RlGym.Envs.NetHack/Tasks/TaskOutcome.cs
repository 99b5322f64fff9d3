namespace RlGym.Envs.NetHack.Tasks;

/// <summary>A task's verdict on one step.</summary>
/// <param name="Reward">The reward, time penalty included.</param>
/// <param name="Success">True when the step reached the task's goal (the episode terminates).</param>
internal readonly record struct TaskOutcome(double Reward, bool Success);
