using System.Diagnostics;

namespace RlGym.Runner;

/// <summary>Times a run, keeps its completed episodes and tells the sinks; shared by the single- and multi-agent loops.</summary>
internal sealed class RunRecorder
{
    private readonly RunInfo _run;
    private readonly IReadOnlyList<IRunSink> _sinks;
    private readonly List<EpisodeRecord> _episodes;
    private readonly long _started;
    private long _lastEpisodeEnd;

    public RunRecorder(RunInfo run, IReadOnlyList<IRunSink> sinks)
    {
        _run = run;
        _sinks = sinks;
        _episodes = new List<EpisodeRecord>(Math.Min(run.Episodes, 1 << 16));
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
        _episodes.Add(episode);
        foreach (var sink in _sinks)
        {
            sink.EpisodeFinished(episode);
        }
    }

    public RunResult Finish(bool cancelled)
    {
        double wall = Stopwatch.GetElapsedTime(_started, _lastEpisodeEnd).TotalSeconds;
        var summary = RunSummary.From(_run, _episodes, wall, cancelled);
        foreach (var sink in _sinks)
        {
            sink.RunFinished(summary);
        }
        return new RunResult(summary, _episodes.AsReadOnly());
    }
}
