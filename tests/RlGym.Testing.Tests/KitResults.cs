namespace RlGym.Testing.Tests;

/// <summary>The checks of a report that apply to the environment: the PettingZoo-only checks skip, by design, where there is nothing to check.</summary>
internal static class KitResults
{
    private static readonly string[] OnlyWhereOffered = [CheckNames.TurnBased, CheckNames.State, CheckNames.ActionMask];

    public static IEnumerable<CheckResult> Applicable(CheckReport report) =>
        report.Results.Where(r => !(r.Outcome == CheckOutcome.Skipped && OnlyWhereOffered.Contains(r.Name)));
}
