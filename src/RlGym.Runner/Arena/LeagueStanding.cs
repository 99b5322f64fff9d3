namespace RlGym.Runner.Arena;

/// <summary>One agent's place in a league.</summary>
/// <param name="Role">The role it plays (its rating is for that role only).</param>
/// <param name="Agent">Its spec string.</param>
/// <param name="Rating">Its current Glicko-2 rating.</param>
/// <param name="Episodes">Episodes it has played in the league.</param>
/// <param name="Runs">Arena runs it took part in.</param>
internal sealed record LeagueStanding(string Role, string Agent, Glicko2Rating Rating, long Episodes, int Runs);
