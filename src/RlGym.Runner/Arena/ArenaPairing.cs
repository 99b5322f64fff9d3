namespace RlGym.Runner.Arena;

/// <summary>
/// The figures of one pairing. A wins an episode when its return is larger than B's (in the duel: a catch); 95%
/// intervals are Wilson's for the win rate and the normal approximation (1.96 standard errors) for mean returns.
/// </summary>
/// <param name="Index">The pairing's index: <c>a * AgentsB.Count + b</c>.</param>
/// <param name="AgentA">Role A's agent spec.</param>
/// <param name="AgentB">Role B's agent spec.</param>
/// <param name="Episodes">Episodes played.</param>
/// <param name="WinsA">Episodes A won.</param>
/// <param name="WinsB">Episodes B won.</param>
/// <param name="Draws">Episodes with equal returns.</param>
/// <param name="WinRateA">WinsA / Episodes.</param>
/// <param name="WinRateALow">The lower end of the Wilson 95% interval of <paramref name="WinRateA"/>.</param>
/// <param name="WinRateAHigh">The upper end of the Wilson 95% interval of <paramref name="WinRateA"/>.</param>
/// <param name="MeanStepsToWinA">Mean steps of the episodes A won (NaN when it won none).</param>
/// <param name="MeanReturnA">A's mean return.</param>
/// <param name="ReturnAHalfWidth">Half the width of the 95% interval of <paramref name="MeanReturnA"/>.</param>
/// <param name="MeanReturnB">B's mean return.</param>
/// <param name="ReturnBHalfWidth">Half the width of the 95% interval of <paramref name="MeanReturnB"/>.</param>
public sealed record ArenaPairing(
    int Index, string AgentA, string AgentB, int Episodes, int WinsA, int WinsB, int Draws,
    double WinRateA, double WinRateALow, double WinRateAHigh, double MeanStepsToWinA,
    double MeanReturnA, double ReturnAHalfWidth, double MeanReturnB, double ReturnBHalfWidth)
{
    private const double Z = 1.959963984540054;

    /// <summary>Summarises the episodes of one pairing.</summary>
    /// <exception cref="ArgumentException">When there are no episodes.</exception>
    public static ArenaPairing Summarise(int index, string agentA, string agentB, ReadOnlySpan<ArenaEpisode> episodes)
    {
        if (episodes.IsEmpty)
        {
            throw new ArgumentException($"Pairing {agentA} vs {agentB} has no episodes to summarise.", nameof(episodes));
        }
        int winsA = 0, winsB = 0;
        long stepsToWin = 0;
        double sumA = 0, sumB = 0;
        foreach (var e in episodes)
        {
            if (e.ReturnA > e.ReturnB)
            {
                winsA++;
                stepsToWin += e.Steps;
            }
            else if (e.ReturnA < e.ReturnB)
            {
                winsB++;
            }
            sumA += e.ReturnA;
            sumB += e.ReturnB;
        }
        int n = episodes.Length;
        double meanA = sumA / n, meanB = sumB / n, squaresA = 0, squaresB = 0;
        foreach (var e in episodes)
        {
            squaresA += (e.ReturnA - meanA) * (e.ReturnA - meanA);
            squaresB += (e.ReturnB - meanB) * (e.ReturnB - meanB);
        }
        var (low, high) = Wilson(winsA, n);
        return new ArenaPairing(
            index, agentA, agentB, n, winsA, winsB, n - winsA - winsB, (double)winsA / n, low, high,
            winsA == 0 ? double.NaN : (double)stepsToWin / winsA,
            meanA, HalfWidth(squaresA, n), meanB, HalfWidth(squaresB, n));
    }

    // The sample standard deviation over sqrt(n), times 1.96; 0 for a single episode (no spread to estimate).
    private static double HalfWidth(double squares, int n) => n < 2 ? 0 : Z * Math.Sqrt(squares / (n - 1) / n);

    private static (double Low, double High) Wilson(int wins, int n)
    {
        double p = (double)wins / n, z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
