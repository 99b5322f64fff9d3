namespace RlGym.Core.Agents;

/// <summary>One step as an agent sees it: what it saw, what it did, and what followed.</summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
/// <param name="Observation">The observation the action was chosen on.</param>
/// <param name="Action">The action taken.</param>
/// <param name="Reward">The reward that followed.</param>
/// <param name="NextObservation">The observation after the action.</param>
/// <param name="Terminated">The episode reached a terminal state.</param>
/// <param name="Truncated">The episode was cut off.</param>
/// <param name="Info">The step's info.</param>
public readonly record struct Transition<TObs, TAction>(
    TObs Observation, TAction Action, double Reward, TObs NextObservation, bool Terminated, bool Truncated, Info Info);
