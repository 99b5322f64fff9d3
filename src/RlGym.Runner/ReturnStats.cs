namespace RlGym.Runner;

/// <summary>The returns of one role over a run's completed episodes; NaN when no episode completed.</summary>
/// <param name="Role">The role ("agent" in a single-agent run).</param>
/// <param name="Agent">The name of the agent that acted in it.</param>
/// <param name="Mean">The mean return.</param>
/// <param name="Std">The population standard deviation of the returns (NumPy's <c>np.std</c>).</param>
/// <param name="Min">The smallest return.</param>
/// <param name="Max">The largest return.</param>
public readonly record struct ReturnStats(string Role, string Agent, double Mean, double Std, double Min, double Max);
