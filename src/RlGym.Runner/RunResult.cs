namespace RlGym.Runner;

/// <summary>
/// What a run returns: the summary of every completed episode and the first <see cref="KeptEpisodes"/> of them. Every
/// episode went to the run's sinks as it finished (episodes.csv holds them all); the result keeps no more, so a run
/// of any length takes the same memory.
/// </summary>
/// <param name="Summary">The aggregate of every completed episode.</param>
/// <param name="Episodes">The first completed episodes in order, at most <see cref="KeptEpisodes"/> of them.</param>
public sealed record RunResult(RunSummary Summary, IReadOnlyList<EpisodeRecord> Episodes)
{
    /// <summary>How many of the first completed episodes a result keeps.</summary>
    public const int KeptEpisodes = 1000;

    /// <summary>
    /// Tells <paramref name="sink"/> the run again, as if it had watched it, for sinks that must not write while the run
    /// is going (a console table under a progress bar, say): the kept episodes, then the summary of them all.
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
