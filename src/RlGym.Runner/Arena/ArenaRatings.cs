namespace RlGym.Runner.Arena;

/// <summary>
/// Rates an arena run as one Glicko-2 period: each agent is updated from its games against every agent of the other
/// role, each at that opponent's rating before the run. A draw (equal returns) scores half a point.
/// </summary>
public static class ArenaRatings
{
    /// <summary>The ratings after <paramref name="result"/>, given those before it, for role A's and role B's agents in request order.</summary>
    /// <exception cref="ArgumentException">When the numbers of ratings before do not match the request's agents.</exception>
    public static (Glicko2Rating[] A, Glicko2Rating[] B) Rate(ArenaResult result, IReadOnlyList<Glicko2Rating> beforeA, IReadOnlyList<Glicko2Rating> beforeB)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(beforeA);
        ArgumentNullException.ThrowIfNull(beforeB);
        var request = result.Request;
        int countA = request.AgentsA.Count, countB = request.AgentsB.Count;
        if (beforeA.Count != countA || beforeB.Count != countB)
        {
            throw new ArgumentException($"The run has {countA} and {countB} agents per role; got {beforeA.Count} and {beforeB.Count} ratings.");
        }
        var resultsA = new Glicko2Result[countA][];
        var resultsB = new Glicko2Result[countB][];
        for (int a = 0; a < countA; a++)
        {
            resultsA[a] = new Glicko2Result[countB];
        }
        for (int b = 0; b < countB; b++)
        {
            resultsB[b] = new Glicko2Result[countA];
        }
        foreach (var p in result.Pairings)
        {
            int a = p.Index / countB, b = p.Index % countB;
            double scoreA = p.WinsA + 0.5 * p.Draws;
            resultsA[a][b] = new Glicko2Result(beforeB[b], p.Episodes, scoreA);
            resultsB[b][a] = new Glicko2Result(beforeA[a], p.Episodes, p.Episodes - scoreA);
        }
        var afterA = new Glicko2Rating[countA];
        var afterB = new Glicko2Rating[countB];
        for (int a = 0; a < countA; a++)
        {
            afterA[a] = Glicko2.Update(beforeA[a], resultsA[a]);
        }
        for (int b = 0; b < countB; b++)
        {
            afterB[b] = Glicko2.Update(beforeB[b], resultsB[b]);
        }
        return (afterA, afterB);
    }
}
