using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// The agent <c>evader</c>: the duel's one-step-lookahead mouse (<see cref="CatMouseEvader{TObs}"/>), reading the
/// privileged state and the duel's rules. Declines other environments, the cat's seat and non-int actions.
/// </summary>
internal sealed class CatMouseEvaderFactory : IAgentFactory
{
    public string Name => "evader";

    public string Description => "Cat-and-mouse duel mouse with one-step lookahead from privileged state: the move whose worst cat reply leaves it farthest away.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!context.Environment.TryGetPrivileged<CatMouseState>(out var state)
            || !context.Environment.TryGetPrivileged<CatMouseDuelRules>(out var rules))
        {
            whyNot = "the evader plays the mouse in a cat-and-mouse duel (CatMouseDuel-v0)";
            return false;
        }
        if (!"mouse".Equals(context.Role, StringComparison.OrdinalIgnoreCase))
        {
            whyNot = $"the evader plays 'mouse', not '{context.Role}'";
            return false;
        }
        if (typeof(TAction) != typeof(int))
        {
            whyNot = $"the evader acts with int actions, not {typeof(TAction).Name}";
            return false;
        }
        if (context.Argument is not null)
        {
            throw new UserInputException($"The evader takes no argument; got 'evader:{context.Argument}'. Use plain 'evader'.");
        }
        agent = (IAgent<TObs, TAction>)(object)new CatMouseEvader<TObs>(state, rules);
        whyNot = null;
        return true;
    }
}
