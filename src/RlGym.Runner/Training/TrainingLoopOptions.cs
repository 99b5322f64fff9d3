namespace RlGym.Runner.Training;

/// <summary>How <see cref="TrainingLoop"/> runs a session.</summary>
public sealed record TrainingLoopOptions
{
    /// <summary>Stop after this many steps in all even if the stop rule does not hold; null for no limit.</summary>
    public long? MaxSteps { get; init; }

    /// <summary>Measure and record the figures every this many steps (and at the end).</summary>
    public long MeasureEvery { get; init; } = 1000;

    /// <summary>Write the checkpoint at most this often (and at the end); null to write only at the end.</summary>
    public TimeSpan? CheckpointEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The checkpoint file; null for none.</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Wall time already spent by the run being resumed, added to the reported seconds.</summary>
    public double PriorSeconds { get; init; }

    /// <summary>Where figures go.</summary>
    public IReadOnlyList<IMetricsSink> Sinks { get; init; } = [];

    /// <summary>Called after every measurement (for a progress display).</summary>
    public Action<MetricsRow>? Progress { get; init; }
}
