namespace RlGym.Runner.Arena;

/// <summary>What a player scored against one opponent in a rating period.</summary>
/// <param name="Opponent">The opponent's rating at the start of the period.</param>
/// <param name="Games">Games played against it.</param>
/// <param name="Score">Points won in those games (1 a win, 0.5 a draw, 0 a loss each).</param>
internal readonly record struct Glicko2Result(Glicko2Rating Opponent, int Games, double Score);
