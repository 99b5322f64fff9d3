using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.Agents;

/// <summary>
/// An <see cref="IAgentFactory"/> that can also make one agent acting for many games at once (a neural policy batching
/// its forward passes). <see cref="AgentRegistry.CreateBatch{TObs, TAction}"/> asks for a batch agent when the factory
/// that fits implements this, and otherwise makes one ordinary agent per lane.
/// </summary>
public interface IBatchAgentFactory : IAgentFactory
{
    /// <summary>
    /// Makes a batch agent playing <paramref name="lanes"/> games when it fits <paramref name="context"/> (lane 0's
    /// environment and the role's spaces); otherwise returns false with the reason in <paramref name="whyNot"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When it fits but the argument is bad (a missing checkpoint, say): the message names the value.</exception>
    bool TryCreateBatch<TObs, TAction>(AgentContext<TObs, TAction> context, int lanes, [NotNullWhen(true)] out IBatchAgent<TObs, TAction>? agent, out string? whyNot);
}
