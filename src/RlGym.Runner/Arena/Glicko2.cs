namespace RlGym.Runner.Arena;

/// <summary>
/// Glickman's Glicko-2 rating system: one rating period updates every player from all of its games of the period, each
/// against the opponent's rating at the start of the period, so the result does not depend on the order of the games.
/// The arena makes each run one period. Written by hand: no rating package is served here, and the algorithm (Glickman,
/// "Example of the Glicko-2 system", 2013) is a page of arithmetic, checked against the paper's worked example.
/// </summary>
internal static class Glicko2
{
    /// <summary>The system constant τ that limits how fast volatility changes (Glickman suggests 0.3 to 1.2).</summary>
    public const double DefaultTau = 0.5;

    private const double Scale = 173.7178;
    private const double Tolerance = 0.000001;

    /// <summary>The chance that <paramref name="player"/> beats <paramref name="opponent"/> in one game.</summary>
    public static double ExpectedScore(Glicko2Rating player, Glicko2Rating opponent)
    {
        double phi = opponent.Deviation / Scale;
        return Expected((player.Rating - 1500) / Scale, (opponent.Rating - 1500) / Scale, G(phi));
    }

    /// <summary>The player's rating after a period with <paramref name="results"/> (none: only its deviation grows).</summary>
    /// <exception cref="ArgumentException">When a result has a negative game count or a score outside 0 to its games.</exception>
    public static Glicko2Rating Update(Glicko2Rating player, ReadOnlySpan<Glicko2Result> results, double tau = DefaultTau)
    {
        double mu = (player.Rating - 1500) / Scale, phi = player.Deviation / Scale, sigma = player.Volatility;
        double information = 0, improvement = 0;
        foreach (var result in results)
        {
            if (result.Games < 0 || result.Score < 0 || result.Score > result.Games || double.IsNaN(result.Score))
            {
                throw new ArgumentException($"A Glicko-2 result of {result.Score} points from {result.Games} games is impossible; expected 0 to {result.Games} points from 0 or more games.", nameof(results));
            }
            if (result.Games == 0)
            {
                continue;
            }
            double g = G(result.Opponent.Deviation / Scale);
            double expected = Expected(mu, (result.Opponent.Rating - 1500) / Scale, g);
            information += result.Games * g * g * expected * (1 - expected);
            improvement += g * (result.Score - result.Games * expected);
        }
        if (information == 0)
        {
            return player with { Deviation = Math.Sqrt(phi * phi + sigma * sigma) * Scale };
        }
        double v = 1 / information, delta = v * improvement;
        double newSigma = NewVolatility(phi, sigma, v, delta, tau);
        double phiStar = Math.Sqrt(phi * phi + newSigma * newSigma);
        double newPhi = 1 / Math.Sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * improvement;
        return new Glicko2Rating(newMu * Scale + 1500, newPhi * Scale, newSigma);
    }

    private static double G(double phi) => 1 / Math.Sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));

    private static double Expected(double mu, double opponentMu, double g) => 1 / (1 + Math.Exp(-g * (mu - opponentMu)));

    // Step 5 of the paper: the root of f by the Illinois variant of regula falsi.
    private static double NewVolatility(double phi, double sigma, double v, double delta, double tau)
    {
        double a = Math.Log(sigma * sigma), phi2 = phi * phi, delta2 = delta * delta;
        double F(double x)
        {
            double ex = Math.Exp(x), d = phi2 + v + ex;
            return ex * (delta2 - phi2 - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        }
        double lower = a, upper;
        if (delta2 > phi2 + v)
        {
            upper = Math.Log(delta2 - phi2 - v);
        }
        else
        {
            int k = 1;
            while (F(a - k * tau) < 0)
            {
                k++;
            }
            upper = a - k * tau;
        }
        double fLower = F(lower), fUpper = F(upper);
        while (Math.Abs(upper - lower) > Tolerance)
        {
            double c = lower + (lower - upper) * fLower / (fUpper - fLower), fc = F(c);
            if (fc * fUpper <= 0)
            {
                lower = upper;
                fLower = fUpper;
            }
            else
            {
                fLower /= 2;
            }
            upper = c;
            fUpper = fc;
        }
        return Math.Exp(lower / 2);
    }
}
