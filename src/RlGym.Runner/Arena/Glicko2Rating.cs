namespace RlGym.Runner.Arena;

/// <summary>A Glicko-2 rating on the familiar Elo-like scale.</summary>
/// <param name="Rating">The rating (a newcomer has 1500).</param>
/// <param name="Deviation">The rating deviation, the uncertainty of <paramref name="Rating"/> (a newcomer has 350).</param>
/// <param name="Volatility">How erratic the agent's form is (a newcomer has 0.06).</param>
public readonly record struct Glicko2Rating(double Rating, double Deviation, double Volatility)
{
    /// <summary>The rating of an agent that has not played.</summary>
    public static Glicko2Rating Newcomer { get; } = new(1500, 350, 0.06);

    /// <summary>Reads like "1523 ± 87" (the rating and twice its deviation, about a 95% interval).</summary>
    public override string ToString() => FormattableString.Invariant($"{Rating:0} ± {2 * Deviation:0}");
}
