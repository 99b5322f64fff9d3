using RlGym.Core;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

public sealed class ToyEnvironmentTests
{
    private static readonly CheckOptions Options = new() { Seed = 11 };

    [Fact]
    public void CorrectCorridorPassesEveryCheckInEveryRenderMode()
    {
        var report = EnvironmentChecker.Check(mode => new Corridor(mode), [RenderMode.Ansi, RenderMode.RgbArray], Options);

        Assert.Equal(CheckNames.All, report.Results.Select(r => r.Name));
        Assert.All(KitResults.Applicable(report), r => Assert.Equal(CheckOutcome.Passed, r.Outcome));
        Assert.Equal(
            [(CheckNames.TurnBased, "a single-agent environment has no turn-based view"), (CheckNames.State, "the environment offers no global state (IPrivileged<TState>)"),
             (CheckNames.ActionMask, "no action_mask in the first reset's infos or observations")],
            report.Results.Where(r => r.Outcome == CheckOutcome.Skipped).Select(r => (r.Name, r.Message)));
        report.ThrowIfFailed();
    }

    [Fact]
    public void CorrectParallelRelayPassesEveryCheck()
    {
        var report = EnvironmentChecker.CheckParallel(mode => new Relay(mode), [RenderMode.Ansi], Options);

        Assert.Equal(CheckNames.All, report.Results.Select(r => r.Name));
        Assert.All(KitResults.Applicable(report), r => Assert.Equal(CheckOutcome.Passed, r.Outcome));
        Assert.Equal(CheckOutcome.Passed, report.Results.Single(r => r.Name == CheckNames.TurnBased).Outcome);
    }

    [Fact]
    public void DriftWithCompositeSpacesPassesAndSkipsStepAfterEndBecauseItNeverEnds()
    {
        var report = EnvironmentChecker.Check(() => new Drift(), Options with { EpisodeStepBudget = 300 });

        var skipped = Assert.Single(KitResults.Applicable(report), r => r.Outcome != CheckOutcome.Passed);
        Assert.Equal(CheckNames.StepAfterEnd, skipped.Name);
        Assert.Equal(CheckOutcome.Skipped, skipped.Outcome);
        Assert.Contains("no episode ended within 300 random steps", skipped.Message, StringComparison.Ordinal);
        Assert.True(report.Passed);
    }

    [Fact]
    public void ReportIsNamedAfterTheEnvironmentType()
    {
        var report = EnvironmentChecker.Check(() => new Corridor(), Options with { Checks = [CheckNames.Dispose] });

        Assert.Equal(nameof(Corridor), report.EnvironmentId);
        Assert.Equal([CheckNames.Dispose], report.Results.Select(r => r.Name));
    }
}
