namespace RlGym.Runner.Arena;

/// <summary>What <see cref="LeagueDatabase.Record"/> wrote: the run's id and its agents' places after it.</summary>
/// <param name="Run">The run's id in the league.</param>
/// <param name="Ratings">The run's agents (role A's, then role B's, in request order) with their ratings after the run.</param>
internal sealed record LeagueRecord(long Run, IReadOnlyList<LeagueStanding> Ratings);
