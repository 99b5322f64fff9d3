using RlGym.Core;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.Reset"/>: over random seeds, a seeded reset gives observations in their spaces and infos,
/// accepts options, and (unless the spec is nondeterministic) repeating it gives the same observations.
/// </summary>
internal static class ResetCheck
{
    public static CheckResult Run(CheckContext context) => context.Property(CheckNames.Reset, (script, trace) =>
    {
        using var session = context.Open(trace);
        var first = session.Reset(script.ResetSeed, null, trace);
        OutcomeRules.RequireInSpace(first);
        var again = session.Reset(script.ResetSeed, EnvOptions.Empty, trace);
        OutcomeRules.RequireInSpace(again);
        if (!context.Nondeterministic && OutcomeRules.Difference(first, again) is string difference)
        {
            throw new InvariantViolation(
                $"{again.Call} on the same environment did not repeat {first.Call}: {difference}; a seed must fix the first observation");
        }
    }, maxLength: 0);
}
