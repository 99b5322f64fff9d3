namespace RlGym.Runner.Arena;

/// <summary>What an arena run played: every episode (in pairing, then episode order) and every pairing's figures.</summary>
/// <param name="Request">The request, validated.</param>
/// <param name="Pairings">One entry per pairing, in index order (role A's agents outer, role B's inner).</param>
/// <param name="Episodes">Every episode, pairing by pairing, each pairing's in episode order.</param>
/// <param name="AgentSteps">Actions taken by all agents together (two per environment step while both roles are live).</param>
/// <param name="Seconds">Wall time of the play, set-up included.</param>
public sealed record ArenaResult(ArenaRequest Request, IReadOnlyList<ArenaPairing> Pairings, IReadOnlyList<ArenaEpisode> Episodes, long AgentSteps, double Seconds)
{
    /// <summary>Agent actions per second of wall time.</summary>
    public double AgentStepsPerSecond => Seconds > 0 ? AgentSteps / Seconds : double.NaN;
}
