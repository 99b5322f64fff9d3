using RlGym.Testing.Properties;

namespace RlGym.Testing.Checks;

/// <summary>
/// <see cref="CheckNames.Observations"/>: over random action sequences every observation lies in its space and every
/// info is there; for a parallel environment, PettingZoo's parallel API rules hold at every call.
/// </summary>
internal static class ObservationsCheck
{
    public static CheckResult Run(CheckContext context) => context.Property(CheckNames.Observations, (script, trace) =>
    {
        using var session = context.Open(trace);
        foreach (var outcome in Episodes.Play(session, script, trace))
        {
            OutcomeRules.RequireParallelApi(outcome);
            OutcomeRules.RequireInSpace(outcome);
        }
    });
}
