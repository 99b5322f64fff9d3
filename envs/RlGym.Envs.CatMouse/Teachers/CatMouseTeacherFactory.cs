using System.Diagnostics.CodeAnalysis;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Envs.CatMouse.Teachers;

/// <summary>
/// The agent <c>teacher</c> for every environment that exposes <see cref="CatMouseState"/>: as the mouse (or in a
/// single-agent environment) the seed's flee rule, as the cat the greedy chase. Declines other environments with a
/// reason, so that other environments can register their own <c>teacher</c>.
/// </summary>
internal sealed class CatMouseTeacherFactory : IAgentFactory
{
    public string Name => "teacher";

    public string Description => "Cat-and-mouse rule teacher from privileged state: the mouse flees (seed 001's rule), the cat chases greedily.";

    public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
    {
        ArgumentNullException.ThrowIfNull(context);
        agent = null;
        if (!context.Environment.TryGetPrivileged<CatMouseState>(out var source))
        {
            whyNot = "the cat-and-mouse teacher needs an environment exposing CatMouseState";
            return false;
        }
        bool? chase = context.Role switch
        {
            null => false,
            _ when context.Role.Equals("mouse", StringComparison.OrdinalIgnoreCase) => false,
            _ when context.Role.Equals("cat", StringComparison.OrdinalIgnoreCase) => true,
            _ => null,
        };
        if (chase is null)
        {
            whyNot = $"the cat-and-mouse teacher plays 'mouse' or 'cat', not '{context.Role}'";
            return false;
        }
        if (typeof(TAction) != typeof(int) && typeof(TAction) != typeof(float[]))
        {
            whyNot = $"the cat-and-mouse teacher acts with int or float[] actions, not {typeof(TAction).Name}";
            return false;
        }
        if (context.Argument is not null)
        {
            throw new UserInputException($"The cat-and-mouse teacher takes no argument; got 'teacher:{context.Argument}'. Use plain 'teacher'.");
        }
        agent = new CatMouseTeacher<TObs, TAction>(source, chase.Value);
        whyNot = null;
        return true;
    }
}
