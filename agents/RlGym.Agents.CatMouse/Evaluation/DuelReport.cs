using System.Globalization;

namespace RlGym.Agents.CatMouse.Evaluation;

/// <summary>How a set of duels went.</summary>
/// <param name="Games">Duels played.</param>
/// <param name="Catches">Duels that ended in a catch.</param>
/// <param name="CatchSteps">Moves of the duels that ended in a catch, summed.</param>
/// <param name="Moves">Moves each side made.</param>
/// <param name="CatMistakes">Cat moves that differed from the greedy chase on the same state.</param>
/// <param name="MouseMistakes">Mouse moves that differed from the seed's flee rule on the same state.</param>
public readonly record struct DuelReport(int Games, int Catches, long CatchSteps, int Moves, int CatMistakes, int MouseMistakes)
{
    /// <summary>Catches per duel.</summary>
    public double CatchRate => Games == 0 ? 0 : (double)Catches / Games;

    /// <summary>Mean moves to a catch (NaN without catches).</summary>
    public double MeanStepsToCatch => Catches == 0 ? double.NaN : (double)CatchSteps / Catches;

    /// <summary>The cat's mistakes per duel.</summary>
    public double CatMistakesPerGame => Games == 0 ? 0 : (double)CatMistakes / Games;

    /// <summary>The mouse's mistakes per duel.</summary>
    public double MouseMistakesPerGame => Games == 0 ? 0 : (double)MouseMistakes / Games;

    /// <summary>Reads like "catch rate 0.912 (9.1 moves), cat 0.02 / mouse 0.31 mistakes per duel".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"catch rate {CatchRate:0.000} ({MeanStepsToCatch:0.0} moves), cat {CatMistakesPerGame:0.00} / mouse {MouseMistakesPerGame:0.00} mistakes per duel");
}
