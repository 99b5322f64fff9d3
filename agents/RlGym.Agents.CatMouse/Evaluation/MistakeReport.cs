using System.Globalization;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>How often a brain's moves differed from its teacher's on an evaluation set.</summary>
/// <param name="Games">Games played.</param>
/// <param name="Moves">Moves made (fewer than games x moves when cat games end in a catch).</param>
/// <param name="Mistakes">Moves where the brain's direction differed from the teacher's.</param>
/// <param name="PerfectGames">Games without a mistake.</param>
public readonly record struct MistakeReport(int Games, int Moves, int Mistakes, int PerfectGames)
{
    /// <summary>The headline figure: mistakes per game.</summary>
    public double MistakesPerGame => Games == 0 ? 0 : (double)Mistakes / Games;

    /// <summary>The share of moves that agreed with the teacher.</summary>
    public double Agreement => Moves == 0 ? 1 : 1 - (double)Mistakes / Moves;

    /// <summary>One line, such as "0.004 mistakes per game (4 in 1000 games, 10000 moves; 996 perfect games)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MistakesPerGame:0.###} mistakes per game ({Mistakes} in {Games} games, {Moves} moves; {PerfectGames} perfect games)");
}
