namespace RlGym.Runner.Training;

/// <summary>The figures of a training run at one step.</summary>
/// <param name="Step">Training steps so far (games, or batches: the session says which).</param>
/// <param name="Seconds">Wall time spent training so far, including earlier runs this one resumed.</param>
/// <param name="Values">The figures, in the same order on every row of a run.</param>
public readonly record struct MetricsRow(long Step, double Seconds, IReadOnlyList<Metric> Values);
