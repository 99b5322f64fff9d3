using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.Agents;

/// <summary>
/// Makes agents named by a spec string's name (the part before the colon). Several factories may share a name
/// (each environment's <c>teacher</c>); the registry uses the first that fits the environment.
/// </summary>
public interface IAgentFactory
{
    /// <summary>The name in spec strings, such as "random" or "lstm".</summary>
    string Name { get; }

    /// <summary>One line for <c>rlgym list</c>.</summary>
    string Description { get; }

    /// <summary>
    /// Makes the agent when it fits <paramref name="context"/>; otherwise returns false with the reason in
    /// <paramref name="whyNot"/> (shown to the user when no factory fits).
    /// </summary>
    /// <exception cref="ArgumentException">When it fits but the argument is bad (a missing checkpoint, say): the message names the value.</exception>
    bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot);
}
