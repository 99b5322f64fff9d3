namespace RlGym.Runner;

/// <summary>One completed episode.</summary>
/// <param name="Index">The episode's number in the run, from 0.</param>
/// <param name="Seed">The seed its reset got (the run's seed plus <paramref name="Index"/>): replays it alone.</param>
/// <param name="Returns">The sum of rewards of each role, aligned with <see cref="RunInfo.Roles"/>.</param>
/// <param name="Length">The number of environment steps.</param>
/// <param name="Seconds">Wall time from the reset to the last step.</param>
/// <param name="Terminated">True when the episode (or, in a multi-agent one, any agent) reached a terminal state.</param>
/// <param name="Truncated">True when the episode (or any agent) was cut off from outside, such as by a time limit.</param>
/// <param name="AbortReason">
/// Why the environment could not finish the episode (<see cref="RlGym.Core.AbortedEpisode"/>: its last step's info
/// said so), or null for an episode that ended normally.
/// </param>
public sealed record EpisodeRecord(
    int Index, ulong Seed, IReadOnlyList<double> Returns, int Length, double Seconds, bool Terminated, bool Truncated, string? AbortReason = null)
{
    /// <summary>True when the environment could not finish the episode; its return and length measure the failure.</summary>
    public bool Aborted => AbortReason is not null;

    /// <summary>The sum of every role's return; a single-agent episode's return.</summary>
    public double Return
    {
        get
        {
            double total = 0;
            for (int i = 0; i < Returns.Count; i++)
            {
                total += Returns[i];
            }
            return total;
        }
    }
}
