namespace RlGym.Core.MultiAgent;

/// <summary>Conversions between PettingZoo's two multi-agent shapes.</summary>
public static class MultiAgentExtensions
{
    /// <summary>A turn-based (AEC) view of a parallel environment; disposing the view disposes the environment.</summary>
    public static ITurnBasedEnvironment<TObs, TAction> AsTurnBased<TObs, TAction>(this IParallelEnvironment<TObs, TAction> env) =>
        new ParallelToTurnBased<TObs, TAction>(env);
}
