using RlGym.Core.Rendering;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>Keeps everything a run reports, including frames.</summary>
public sealed class RecordingSink : IRunSink, IFrameSink
{
    public List<RunInfo> Started { get; } = [];

    public List<EpisodeRecord> Episodes { get; } = [];

    public List<RunSummary> Finished { get; } = [];

    public List<(int Episode, int Step, Frame Frame)> Frames { get; } = [];

    public Action<EpisodeRecord>? OnEpisode { get; init; }

    public void RunStarted(RunInfo run) => Started.Add(run);

    public void EpisodeFinished(EpisodeRecord episode)
    {
        Episodes.Add(episode);
        OnEpisode?.Invoke(episode);
    }

    public void RunFinished(RunSummary summary) => Finished.Add(summary);

    public void OnFrame(int episode, int step, Frame frame) => Frames.Add((episode, step, frame));
}
