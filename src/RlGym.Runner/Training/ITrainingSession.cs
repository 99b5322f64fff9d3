namespace RlGym.Runner.Training;

/// <summary>
/// One training run that <see cref="TrainingLoop"/> drives: a step at a time, with figures to report and a checkpoint
/// to write. Implementations adapt a trainer (the seed's Elman brain, an LSTM brain, ...).
/// </summary>
public interface ITrainingSession : IDisposable
{
    /// <summary>What a step is, for progress and plots ("games", "batches").</summary>
    string StepUnit { get; }

    /// <summary>Steps done so far (including those of a run this one resumed).</summary>
    long Step { get; }

    /// <summary>True once the session's stop rule holds.</summary>
    bool Finished { get; }

    /// <summary>Trains one step.</summary>
    void Advance();

    /// <summary>The current figures (may run an evaluation); the same names in the same order every time.</summary>
    IReadOnlyList<Metric> Measure();

    /// <summary>Writes everything needed to resume, atomically, to <paramref name="path"/>.</summary>
    void SaveCheckpoint(string path);
}
