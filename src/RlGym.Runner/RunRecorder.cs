using System.Diagnostics;

namespace RlGym.Runner;

/// <summary>
/// Times a run, keeps running statistics of its completed episodes (and the first <see cref="RunResult.KeptEpisodes"/>
/// of them) and tells the sinks each one as it finishes; shared by the single- and multi-agent loops. Its memory does
/// not grow with the number of episodes.
/// </summary>
internal sealed class RunRecorder
{
    private readonly RunInfo _run;
    private readonly IReadOnlyList<IRunSink> _sinks;
    private readonly List<EpisodeRecord> _kept;
    private readonly EpisodeStatistics _statistics;
    private readonly long _started;
    private long _lastEpisodeEnd;

    public RunRecorder(RunInfo run, IReadOnlyList<IRunSink> sinks)
    {
        _run = run;
        _sinks = sinks;
        _kept = new List<EpisodeRecord>(Math.Min(run.Episodes, RunResult.KeptEpisodes));
        _statistics = new EpisodeStatistics(run.Roles.Count);
        foreach (var sink in _sinks)
        {
            sink.RunStarted(run);
        }
        _started = Stopwatch.GetTimestamp();
        _lastEpisodeEnd = _started;
    }

    public void Record(EpisodeRecord episode)
    {
        _lastEpisodeEnd = Stopwatch.GetTimestamp();
        _statistics.Add(episode);
        if (_kept.Count < RunResult.KeptEpisodes)
        {
            _kept.Add(episode);
        }
        foreach (var sink in _sinks)
        {
            sink.EpisodeFinished(episode);
        }
    }

    public RunResult Finish(bool cancelled)
    {
        double wall = Stopwatch.GetElapsedTime(_started, _lastEpisodeEnd).TotalSeconds;
        var summary = _statistics.Summarise(_run, wall, cancelled);
        foreach (var sink in _sinks)
        {
            sink.RunFinished(summary);
        }
        return new RunResult(summary, _kept.AsReadOnly());
    }
}
