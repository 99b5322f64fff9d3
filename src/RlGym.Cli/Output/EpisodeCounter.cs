using RlGym.Runner;

namespace RlGym.Cli.Output;

/// <summary>Counts finished episodes for the progress bar, which reads it from another thread.</summary>
internal sealed class EpisodeCounter : IRunSink
{
    private int _finished;
    private int _planned = 1;

    public double Fraction => (double)Volatile.Read(ref _finished) / Volatile.Read(ref _planned);

    public void RunStarted(RunInfo run) => Volatile.Write(ref _planned, Math.Max(1, run.Episodes));

    public void EpisodeFinished(EpisodeRecord episode) => Interlocked.Increment(ref _finished);

    public void RunFinished(RunSummary summary)
    {
    }
}
