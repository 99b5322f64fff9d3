namespace RlGym.Runner.Arena;

/// <summary>
/// Commits a finished arena run to its league without ever losing it (<see cref="Commit"/>): when another process holds
/// the league's lock, it waits and retries; when the lock cannot be had after every attempt, or the league cannot take
/// the run at all, the run is written to a <see cref="PendingLeagueRun"/> file next to the league instead.
/// </summary>
/// <param name="Record">The run's id and ratings when it was committed; null when it is pending.</param>
/// <param name="PendingPath">The file the run was kept in when it could not be committed; null when it was committed.</param>
/// <param name="Reason">Why the run could not be committed (one line); null when it was.</param>
internal sealed record LeagueCommit(LeagueRecord? Record, string? PendingPath, string? Reason)
{
    /// <summary>True when the run is in the league.</summary>
    public bool Committed => Record is not null;

    /// <summary>Records <paramref name="result"/> in the league at <paramref name="path"/>, or keeps it in a pending file.</summary>
    /// <param name="path">The league database.</param>
    /// <param name="result">The finished run.</param>
    /// <param name="started">When the run started.</param>
    /// <param name="attempts">How many times to try while the league is locked (at least 1).</param>
    /// <param name="timeoutSeconds">How long each attempt waits for the lock (at least 1).</param>
    /// <param name="waiting">Told before each retry: the attempt about to be made and the number of attempts.</param>
    /// <exception cref="IOException">When neither the league nor the pending file can be written (the run is then lost; the message says both).</exception>
    public static LeagueCommit Commit(string path, ArenaResult result, DateTimeOffset started, int attempts, int timeoutSeconds, Action<int, int>? waiting = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeoutSeconds, 1);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return new LeagueCommit(LeagueDatabase.Record(path, result, started, timeoutSeconds), null, null);
            }
            catch (LeagueFileException error) when (error.Locked && attempt < attempts)
            {
                waiting?.Invoke(attempt + 1, attempts);
            }
            catch (Exception error) when (error is IOException or LeagueFileException)
            {
                string pending = PendingLeagueRun.PathFor(path, DateTimeOffset.UtcNow);
                try
                {
                    PendingLeagueRun.Write(pending, result, started);
                }
                catch (Exception keep) when (keep is IOException or UnauthorizedAccessException)
                {
                    throw new IOException($"{error.Message} Keeping the run in '{pending}' failed too: {keep.Message}", error);
                }
                return new LeagueCommit(null, pending, error.Message);
            }
        }
    }
}
