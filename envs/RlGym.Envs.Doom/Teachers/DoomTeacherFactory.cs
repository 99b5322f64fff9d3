using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.Doom.Environment;

namespace RlGym.Envs.Doom.Teachers;

/// <summary>
/// The agent <c>teacher</c> for Doom environments: a scripted player reading the privileged state (it aims at and
/// shoots visible monsters, and walks planned paths to the vest or to medkits). Declines other environments with a
/// reason, so other environments can register their own <c>teacher</c>.
/// </summary>
internal sealed class DoomTeacherFactory : IAgentFactory
{
    public string Name => "teacher";

    public string Description => "Doom scripted teacher from privileged state: shoots visible monsters, walks planned paths to the vest or medkits.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!context.Environment.TryGetPrivileged<DoomState>(out var source) || !context.Environment.TryFind<DoomEnvironment<TAction>>(out var environment))
        {
            whyNot = "the Doom teacher needs a Doom environment (one exposing DoomState)";
            return false;
        }
        if (context.Role is not null)
        {
            whyNot = $"the Doom teacher plays single-agent scenarios, not the role '{context.Role}'";
            return false;
        }
        if (context.Argument is not null)
        {
            throw new UserInputException($"The Doom teacher takes no argument; got 'teacher:{context.Argument}'. Use plain 'teacher'.");
        }
        agent = new DoomTeacher<TObs, TAction>(source, environment);
        whyNot = null;
        return true;
    }
}
