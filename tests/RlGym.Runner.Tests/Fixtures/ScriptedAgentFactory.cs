using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using RlGym.Core.Agents;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>Makes <see cref="ScriptedAgent"/>s for int actions from specs like <c>scripted:2</c>.</summary>
public sealed class ScriptedAgentFactory : IAgentFactory
{
    public string Name => "scripted";

    public string Description => "Always plays the action after the colon.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        agent = null;
        if (typeof(TObs) != typeof(int) || typeof(TAction) != typeof(int))
        {
            whyNot = "it plays int actions on int observations only";
            return false;
        }
        int action = int.Parse(context.Argument ?? "0", CultureInfo.InvariantCulture);
        agent = (IAgent<TObs, TAction>)(object)new ScriptedAgent(action, $"scripted:{action}");
        whyNot = null;
        return true;
    }
}
