using Microsoft.Extensions.Logging;
using RlGym.Runner;

namespace RlGym.Cli.Output;

/// <summary>Logs a warning for every episode the environment could not finish (<see cref="EpisodeRecord.Aborted"/>), as it ends.</summary>
internal sealed class AbortedEpisodeLog(ILogger log) : IRunSink
{
    public void RunStarted(RunInfo run)
    {
    }

    public void EpisodeFinished(EpisodeRecord episode)
    {
        if (episode.Aborted)
        {
            log.LogWarning("Episode {Episode} (seed {Seed}) was aborted after {Length} steps: {Reason}; its return and length count in the figures but measure the failure",
                episode.Index, episode.Seed, episode.Length, episode.AbortReason);
        }
    }

    public void RunFinished(RunSummary summary)
    {
        if (summary.AbortedEpisodes > 0)
        {
            log.LogWarning("{Aborted} of {Episodes} episode(s) were aborted by the environment", summary.AbortedEpisodes, summary.Episodes);
        }
    }
}
