using System.Diagnostics.CodeAnalysis;
using RlGym.Core.Agents;

namespace RlGym.TestPlugin;

/// <summary>The <c>heads</c> agent: always guesses heads (action 0) in environments with int actions.</summary>
public sealed class HeadsAgentFactory : IAgentFactory
{
    public string Name => "heads";

    public string Description => "Always guesses heads (from a plugin).";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        if (typeof(TAction) != typeof(int))
        {
            agent = null;
            whyNot = "it plays int actions only";
            return false;
        }
        agent = new HeadsAgent<TObs, TAction>();
        whyNot = null;
        return true;
    }
}
