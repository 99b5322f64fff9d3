namespace RlGym.Core;

/// <summary>The summary of one finished episode (Gymnasium's <c>info["episode"]</c>: r, l, t).</summary>
/// <param name="Return">The sum of rewards.</param>
/// <param name="Length">The number of steps.</param>
/// <param name="Seconds">Wall time from reset to the last step.</param>
/// <param name="Terminated">True when the episode ended in a terminal state, false when it was truncated.</param>
public readonly record struct EpisodeStats(double Return, int Length, double Seconds, bool Terminated);
