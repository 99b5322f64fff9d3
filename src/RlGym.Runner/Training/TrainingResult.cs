namespace RlGym.Runner.Training;

/// <summary>The end of a training run.</summary>
/// <param name="Outcome">Why it ended.</param>
/// <param name="Last">The last figures recorded.</param>
public sealed record TrainingResult(TrainingOutcome Outcome, MetricsRow Last);
