namespace RlGym.Runner.Arena;

/// <summary>What a league database holds, for <c>rlgym arena --show</c>.</summary>
/// <param name="Path">The database file.</param>
/// <param name="Runs">Arena runs recorded.</param>
/// <param name="Episodes">Episodes recorded over all runs.</param>
/// <param name="Standings">Every agent, role by role (in the order roles first appeared), best rating first.</param>
/// <param name="LastRun">The pairings of the latest run, in pairing order (empty when no run is recorded).</param>
/// <param name="LastRunId">The latest run's id (0 when none).</param>
internal sealed record LeagueTable(string Path, int Runs, long Episodes, IReadOnlyList<LeagueStanding> Standings, IReadOnlyList<ArenaPairing> LastRun, long LastRunId);
