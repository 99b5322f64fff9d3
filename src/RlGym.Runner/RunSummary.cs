namespace RlGym.Runner;

/// <summary>
/// The aggregate of a run's completed episodes. Means and deviations are NaN when no episode completed. A cancelled
/// run's partial episode counts nowhere: not in <see cref="TotalSteps"/> and not in <see cref="WallSeconds"/>.
/// </summary>
public sealed record RunSummary
{
    /// <summary>What the run set out to do.</summary>
    public required RunInfo Run { get; init; }

    /// <summary>How many episodes completed.</summary>
    public required int Episodes { get; init; }

    /// <summary>True when the run was stopped before all the episodes asked for completed.</summary>
    public required bool Cancelled { get; init; }

    /// <summary>
    /// How many of the completed episodes the environment could not finish (<see cref="EpisodeRecord.Aborted"/>); they
    /// count in every other figure too, so a run with any should be looked at before its figures are trusted.
    /// </summary>
    public int AbortedEpisodes { get; init; }

    /// <summary>The mean of the episodes' returns (summed over roles in a multi-agent run).</summary>
    public required double MeanReturn { get; init; }

    /// <summary>The population standard deviation of the episodes' returns (summed over roles in a multi-agent run).</summary>
    public required double StdReturn { get; init; }

    /// <summary>The returns of each role, aligned with <see cref="RunInfo.Roles"/>.</summary>
    public required IReadOnlyList<ReturnStats> Roles { get; init; }

    /// <summary>The mean number of steps per episode.</summary>
    public required double MeanLength { get; init; }

    /// <summary>The steps of all completed episodes.</summary>
    public required long TotalSteps { get; init; }

    /// <summary>Wall time from the start of the run to the end of its last completed episode.</summary>
    public required double WallSeconds { get; init; }

    /// <summary><see cref="TotalSteps"/> over <see cref="WallSeconds"/> (agent, environment and sinks together); 0 when nothing ran.</summary>
    public double StepsPerSecond => WallSeconds > 0 ? TotalSteps / WallSeconds : 0;

    /// <summary>Summarises <paramref name="episodes"/> of <paramref name="run"/>.</summary>
    public static RunSummary From(RunInfo run, IReadOnlyList<EpisodeRecord> episodes, double wallSeconds, bool cancelled)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(episodes);
        var statistics = new EpisodeStatistics(run.Roles.Count);
        foreach (var episode in episodes)
        {
            statistics.Add(episode);
        }
        return statistics.Summarise(run, wallSeconds, cancelled);
    }
}
