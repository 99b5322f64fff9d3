using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.MultiAgent;

/// <summary>Conversions between PettingZoo's two multi-agent shapes, and the optional paths of a parallel environment.</summary>
public static class MultiAgentExtensions
{
    /// <summary>A turn-based (AEC) view of a parallel environment; disposing the view disposes the environment.</summary>
    public static ITurnBasedEnvironment<TObs, TAction> AsTurnBased<TObs, TAction>(this IParallelEnvironment<TObs, TAction> env) =>
        new ParallelToTurnBased<TObs, TAction>(env);

    /// <summary>
    /// The allocation-free path of <paramref name="environment"/> (<see cref="IBufferedParallelStep{TObs,TAction}"/>),
    /// when it supports it; false otherwise (use plain <c>Step</c>).
    /// </summary>
    public static bool TryGetBufferedParallelStep<TObs, TAction>(this IParallelEnvironment<TObs, TAction> environment, [NotNullWhen(true)] out IBufferedParallelStep<TObs, TAction>? buffered)
    {
        buffered = environment as IBufferedParallelStep<TObs, TAction>;
        if (buffered is { CanStepInto: true })
        {
            return true;
        }
        buffered = null;
        return false;
    }
}
