namespace RlGym.Runner;

/// <summary>
/// Receives what a run measures: <see cref="RunStarted"/> once, <see cref="EpisodeFinished"/> after every completed
/// episode, and <see cref="RunFinished"/> once at the end, also when the run was cancelled. Calls come one at a time:
/// from the thread that runs the episodes or, with several workers (<see cref="EpisodeRunner.RunWorkers{TObs,TAction}"/>),
/// each episode from whichever worker completes the next one in order.
/// </summary>
public interface IRunSink
{
    /// <summary>The run is about to start its first episode.</summary>
    void RunStarted(RunInfo run);

    /// <summary>An episode ended (terminated or truncated). Cancelled partial episodes are never reported.</summary>
    void EpisodeFinished(EpisodeRecord episode);

    /// <summary>The run ended, completed or cancelled.</summary>
    void RunFinished(RunSummary summary);
}
