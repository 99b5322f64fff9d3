using RlGym.Testing.Harness;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.InvalidAction"/>: each action built just outside the action space (and, for a parallel
/// environment, a missing action and an action for an unknown agent) throws an <see cref="ArgumentException"/>
/// whose message names the action and the space (or the agent).
/// </summary>
internal static class InvalidActionCheck
{
    public static CheckResult Run(CheckContext context) => CheckContext.Once(CheckNames.InvalidAction, trace =>
    {
        using var session = context.Open(trace);
        session.Reset(context.Seed, null, trace);
        var (steps, skip) = session.InvalidSteps(context.Seed);
        if (steps.Count == 0)
        {
            return skip ?? "there is no action outside the action space to try";
        }
        foreach (var step in steps)
        {
            session.Reset(context.Seed, null, trace);
            trace.Note(step.Call);
            Require(step);
        }
        return null;
    });

    private static void Require(InvalidStep step)
    {
        string advice = $"it must throw an ArgumentException naming {step.Naming}" +
                        (step.Naming == InvalidStep.ActionAndSpace ? " (EnvironmentErrors.ThrowIfInvalid throws InvalidActionException)" : "");
        try
        {
            step.Run();
        }
        catch (ArgumentException e)
        {
            var unnamed = step.MustName.Where(text => !e.Message.Contains(text, StringComparison.Ordinal)).ToList();
            if (unnamed.Count > 0)
            {
                throw new InvariantViolation(
                    $"{step.Call}, where {step.Why}, threw {e.GetType().Name} whose message does not name {string.Join(" and ", unnamed.Select(t => $"'{t}'"))}: \"{e.Message}\"; {advice}");
            }
            return;
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"{step.Call}, where {step.Why}, threw {e.GetType().Name} (\"{e.Message}\"); {advice}");
        }
        throw new InvariantViolation($"{step.Call} returned normally although {step.Why}; {advice}");
    }
}
