using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary><see cref="CheckNames.Rewards"/>: over random action sequences every reward is a finite number.</summary>
internal static class RewardsCheck
{
    public static CheckResult Run(CheckContext context) => context.Property(CheckNames.Rewards, (script, trace) =>
    {
        using var session = context.Open(trace);
        foreach (var outcome in Episodes.Play(session, script, trace))
        {
            OutcomeRules.RequireFiniteRewards(outcome);
        }
    });
}
