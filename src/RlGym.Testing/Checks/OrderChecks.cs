using RlGym.Core.Random;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.StepBeforeReset"/> and <see cref="CheckNames.StepAfterEnd"/>: stepping out of order throws
/// an <see cref="InvalidOperationException"/> whose message says to call Reset, and after the end Reset then works.
/// </summary>
internal static class OrderChecks
{
    public static CheckResult BeforeReset(CheckContext context) => CheckContext.Once(CheckNames.StepBeforeReset, trace =>
    {
        using var session = context.Open(trace);
        RequireRefusal(() => session.StepOutOfOrder(context.Seed, trace, beforeReset: true), trace, "before the first Reset", "EnvironmentErrors.StepBeforeReset");
        return null;
    });

    public static CheckResult AfterEnd(CheckContext context) => CheckContext.Once(CheckNames.StepAfterEnd, trace =>
    {
        using var session = context.Open(trace);
        session.Reset(context.Seed, null, trace);
        var actionSeeds = new Rng(context.Seed);
        int budget = context.Options.EpisodeStepBudget;
        int steps = 0;
        for (; !session.EpisodeOver; steps++)
        {
            if (steps == budget)
            {
                return $"no episode ended within {budget} random steps after Reset(seed: {context.Seed}); give the environment a time limit " +
                       "(EnvSpec.MaxEpisodeSteps) or raise CheckOptions.EpisodeStepBudget to check stepping after the end";
            }
            session.Step(actionSeeds.NextUInt64(), trace);
        }
        RequireRefusal(() => session.StepOutOfOrder(actionSeeds.NextUInt64(), trace, beforeReset: false), trace,
            $"after the episode ended at step {steps}", "EnvironmentErrors.StepAfterEnd");
        session.Reset(null, null, trace);
        if (!session.EpisodeOver)
        {
            session.Step(actionSeeds.NextUInt64(), trace);
        }
        return null;
    });

    private static void RequireRefusal(Action step, Trace trace, string when, string helper)
    {
        string advice = $"it must throw InvalidOperationException saying to call Reset() ({helper})";
        try
        {
            step();
        }
        catch (InvalidOperationException e)
        {
            if (!e.Message.Contains("Reset", StringComparison.Ordinal))
            {
                throw new InvariantViolation($"{trace.Call} {when} threw InvalidOperationException, but its message does not say to call Reset: \"{e.Message}\"");
            }
            return;
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"{trace.Call} {when} threw {e.GetType().Name} (\"{e.Message}\"); {advice}");
        }
        throw new InvariantViolation($"{trace.Call} {when} returned normally; {advice}");
    }
}
