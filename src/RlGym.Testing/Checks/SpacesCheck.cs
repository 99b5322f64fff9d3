using RlGym.Core.Spaces;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.Spaces"/>: every space is there, is the same object on every call (also after a reset),
/// and is well formed; a parallel environment's agents are listed once each and unknown agents are refused.
/// </summary>
internal static class SpacesCheck
{
    public static CheckResult Run(CheckContext context) => CheckContext.Once(CheckNames.Spaces, trace =>
    {
        using var session = context.Open(trace);
        trace.Note("asking for the spaces");
        var accessors = session.Spaces();
        var spaces = new ISpace[accessors.Count];
        for (int i = 0; i < accessors.Count; i++)
        {
            var (role, get) = accessors[i];
            trace.Note($"asking for the {role}");
            spaces[i] = get() ?? throw new InvariantViolation($"the {role} is null");
            if (!ReferenceEquals(spaces[i], get()))
            {
                throw new InvariantViolation($"the {role} is a new object on every call; create it once and return the same object");
            }
            trace.Note($"sampling the {role} {spaces[i]}");
            if (SpaceRules.Problem(spaces[i], context.Seed) is string problem)
            {
                throw new InvariantViolation($"the {role} {spaces[i]} is not well formed: {problem}");
            }
        }
        if (session.AgentProblem() is string agents)
        {
            throw new InvariantViolation(agents);
        }
        session.Reset(context.Seed, null, trace);
        for (int i = 0; i < accessors.Count; i++)
        {
            if (!ReferenceEquals(spaces[i], accessors[i].Get()))
            {
                throw new InvariantViolation($"the {accessors[i].Role} changed after {trace.Call}; it must be the same object for the environment's lifetime");
            }
        }
        return null;
    });
}
