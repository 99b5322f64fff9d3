namespace RlGym.Core.Wrappers;

/// <summary>
/// The saved form of a <see cref="RunningMeanStd"/>: what a learner stores beside a policy so that evaluation
/// normalises exactly as training did. Restore it with <see cref="RunningMeanStd.Restore"/>.
/// </summary>
/// <param name="Count">How many samples the statistics have seen, plus the initial epsilon (Gymnasium's <c>count</c>).</param>
/// <param name="Mean">The running mean of each item.</param>
/// <param name="Variance">The running (population) variance of each item.</param>
public sealed record RunningMeanStdState(double Count, IReadOnlyList<double> Mean, IReadOnlyList<double> Variance);
