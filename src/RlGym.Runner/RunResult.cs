namespace RlGym.Runner;

/// <summary>Everything a run collected: each completed episode and the summary.</summary>
/// <param name="Summary">The aggregate.</param>
/// <param name="Episodes">The completed episodes in order.</param>
public sealed record RunResult(RunSummary Summary, IReadOnlyList<EpisodeRecord> Episodes)
{
    /// <summary>
    /// Tells <paramref name="sink"/> the whole run again, as if it had watched it: for sinks that must not write
    /// while the run is going (a console table under a progress bar, say).
    /// </summary>
    public void Replay(IRunSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        sink.RunStarted(Summary.Run);
        foreach (var episode in Episodes)
        {
            sink.EpisodeFinished(episode);
        }
        sink.RunFinished(Summary);
    }
}
