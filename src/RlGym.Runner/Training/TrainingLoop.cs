using System.Diagnostics;

namespace RlGym.Runner.Training;

/// <summary>
/// Drives an <see cref="ITrainingSession"/>: steps until its stop rule holds, the step limit is reached or the token is
/// cancelled; measures each time the step count passes a multiple of <see cref="TrainingLoopOptions.MeasureEvery"/> (a
/// session may advance several steps at once, as a batch of games does) into the sinks; writes the checkpoint
/// at intervals and always at the end, so a cancelled run can be resumed from where it stopped.
/// </summary>
public static class TrainingLoop
{
    /// <summary>Runs the session.</summary>
    public static TrainingResult Run(ITrainingSession session, TrainingLoopOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MeasureEvery, 1);
        var clock = Stopwatch.StartNew();
        long lastCheckpoint = 0;
        long nextMeasure = (session.Step / options.MeasureEvery + 1) * options.MeasureEvery;
        MetricsRow last = default;
        var outcome = TrainingOutcome.Finished;
        while (true)
        {
            if (session.Finished)
            {
                outcome = TrainingOutcome.Finished;
                break;
            }
            if (options.MaxSteps is long max && session.Step >= max)
            {
                outcome = TrainingOutcome.StepLimit;
                break;
            }
            if (cancellationToken.IsCancellationRequested)
            {
                outcome = TrainingOutcome.Cancelled;
                break;
            }
            session.Advance();
            if (session.Step >= nextMeasure)
            {
                nextMeasure = (session.Step / options.MeasureEvery + 1) * options.MeasureEvery;
                last = Measure(session, options, clock);
                if (options.CheckpointPath is not null && options.CheckpointEvery is TimeSpan every &&
                    clock.ElapsedMilliseconds - lastCheckpoint >= every.TotalMilliseconds)
                {
                    Checkpoint(session, options);
                    lastCheckpoint = clock.ElapsedMilliseconds;
                }
            }
        }
        if (last.Values is null || last.Step != session.Step)
        {
            last = Measure(session, options, clock);
        }
        Checkpoint(session, options);
        return new TrainingResult(outcome, last);
    }

    private static MetricsRow Measure(ITrainingSession session, TrainingLoopOptions options, Stopwatch clock)
    {
        var row = new MetricsRow(session.Step, options.PriorSeconds + clock.Elapsed.TotalSeconds, session.Measure());
        foreach (var sink in options.Sinks)
        {
            sink.Record(row);
        }
        options.Progress?.Invoke(row);
        return row;
    }

    private static void Checkpoint(ITrainingSession session, TrainingLoopOptions options)
    {
        if (options.CheckpointPath is not null)
        {
            session.SaveCheckpoint(options.CheckpointPath);
        }
        foreach (var sink in options.Sinks)
        {
            sink.Flush();
        }
    }
}
