using RlGym.Testing.Tests.Wrappers;
using Xunit;

namespace RlGym.Testing.Tests;

/// <summary>
/// The kit's determinism checks, old and new, on every built-in environment (the single-agent ones and the duel):
/// the same seed gives the same trajectory and info values, and different seeds different first observations
/// unless the spec says the start is fixed by design.
/// </summary>
public sealed class BuiltInChecksTests
{
    public static TheoryData<string> Everything() => [.. BuiltIns.All(), "CatMouseDuel-v0"];

    [Theory]
    [MemberData(nameof(Everything))]
    public void DeterminismInfoValuesAndSeedsHoldOnEveryBuiltIn(string id)
    {
        var options = BuiltIns.Options(id) with
        {
            Checks = [CheckNames.Determinism, CheckNames.InfoDeterminism, CheckNames.SeedsDiffer, CheckNames.TurnBased, CheckNames.State],
            EnvironmentOptions = BuiltIns.MakeOptions(id, null),
        };

        var report = EnvironmentChecker.Check(BuiltIns.Registry, id, options);

        Assert.All(report.Results, r => Assert.True(r.Outcome != CheckOutcome.Failed, $"{id}: {r}"));
        Assert.Equal(CheckOutcome.Passed, report.Results.Single(r => r.Name == CheckNames.InfoDeterminism).Outcome);
    }
}
