namespace RlGym.Core.Wrappers;

/// <summary>The view of a RecordEpisodeStatistics wrapper: the recent episodes it has seen.</summary>
public interface IEpisodeStatisticsSource
{
    /// <summary>The info key under which the last step of an episode carries its <see cref="EpisodeStats"/>.</summary>
    const string InfoKey = "episode";

    /// <summary>The most recent finished episodes, oldest first (at most the buffer length given).</summary>
    IReadOnlyCollection<EpisodeStats> RecentEpisodes { get; }

    /// <summary>How many episodes have finished since the wrapper was made.</summary>
    int EpisodeCount { get; }
}
