using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.Doom.Duel;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>
/// The agent <c>teacher</c> for <c>Doom/Duel-v0</c>, as either player: a scripted duellist reading the privileged
/// state (<see cref="DuelPilot"/>). Declines other environments with a reason, so the single-player Doom teacher and
/// other worlds' teachers keep the name.
/// </summary>
internal sealed class DuelTeacherFactory : IAgentFactory
{
    public string Name => "teacher";

    public string Description => "Doom duel scripted teacher from privileged state: aims and fires at the opponent in sight, otherwise walks a planned path toward it.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!context.Environment.TryGetPrivileged<DoomDuelState>(out var source) || !context.Environment.TryFind<DoomDuelEnvironment>(out var duel))
        {
            whyNot = "the Doom duel teacher needs Doom/Duel (an environment exposing DoomDuelState)";
            return false;
        }
        if (context.Role is not (DoomDuelEnvironment.Player1 or DoomDuelEnvironment.Player2))
        {
            whyNot = $"the Doom duel teacher plays '{DoomDuelEnvironment.Player1}' or '{DoomDuelEnvironment.Player2}', not {(context.Role is null ? "a single-agent environment" : $"'{context.Role}'")}";
            return false;
        }
        if (typeof(TAction) != typeof(int))
        {
            whyNot = $"the Doom duel teacher acts with int actions, not {typeof(TAction).Name}";
            return false;
        }
        if (context.Argument is not null)
        {
            throw new UserInputException($"The Doom duel teacher takes no argument; got 'teacher:{context.Argument}'. Use plain 'teacher'.");
        }
        agent = (IAgent<TObs, TAction>)(object)new DuelTeacher<TObs>(source, duel.Combos, duel.Index(context.Role));
        whyNot = null;
        return true;
    }
}
