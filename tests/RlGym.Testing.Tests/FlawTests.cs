using RlGym.Core;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

/// <summary>Each deliberately broken environment fails exactly the check for its invariant, with a message that says what broke.</summary>
public sealed class FlawTests
{
    private static readonly CheckOptions Options = new() { Seed = 5 };

    public static TheoryData<CorridorFlaw, string[], string> CorridorFlaws => new()
    {
        { CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros, [CheckNames.Observations], "which is not in Box(0, 1, (2,), float32)" },
        { CorridorFlaw.IgnoresResetSeed, [CheckNames.Reset, CheckNames.Determinism, CheckNames.InfoDeterminism], "a seed must fix the first observation" },
        { CorridorFlaw.ReseedsOnUnseededReset, [CheckNames.Determinism, CheckNames.InfoDeterminism], "an unseeded reset must continue" },
        { CorridorFlaw.NoErrorBeforeReset, [CheckNames.StepBeforeReset], "before the first Reset returned normally" },
        { CorridorFlaw.NoErrorAfterEnd, [CheckNames.StepAfterEnd], "after the episode ended at step" },
        { CorridorFlaw.AcceptsInvalidActions, [CheckNames.InvalidAction], "Step(-1) returned normally although the action is outside Discrete(3)" },
        { CorridorFlaw.VagueInvalidActionError, [CheckNames.InvalidAction], "whose message does not name 'Discrete(3)' and '-1'" },
        { CorridorFlaw.NaNRewardAtRightWall, [CheckNames.Rewards], "returned the reward NaN" },
        { CorridorFlaw.RenderAdvancesGenerator, [CheckNames.Render], "Render must not change the state" },
        { CorridorFlaw.RenderWrongType, [CheckNames.Render], "returned a RgbArray frame in render mode Ansi" },
        { CorridorFlaw.DisposeThrowsTwice, [CheckNames.Dispose], "a second Dispose() on an environment never reset threw ObjectDisposedException" },
        { CorridorFlaw.FreshObservationSpaceEachCall, [CheckNames.Spaces], "the observation space is a new object on every call" },
    };

    public static TheoryData<RelayFlaw, string[], string> RelayFlaws => new()
    {
        { RelayFlaw.RevivesFinishedRunner, [CheckNames.Observations, CheckNames.TurnBased], "back into Agents after it was done in this episode" },
        { RelayFlaw.FreshSpaceEachCall, [CheckNames.Spaces], "the observation space of agent 'r0' is a new object on every call" },
        { RelayFlaw.OmitsRewardOfFinisher, [CheckNames.Observations, CheckNames.TurnBased], "returned rewards for [" },
        { RelayFlaw.IgnoresResetSeed, [CheckNames.Reset, CheckNames.Determinism, CheckNames.InfoDeterminism], "a seed must fix the first observation" },
        { RelayFlaw.IgnoresUnknownAgents, [CheckNames.InvalidAction], "although 'no-such-agent' is not an agent" },
    };

    [Theory]
    [MemberData(nameof(CorridorFlaws))]
    public void BrokenCorridorFailsExactlyItsInvariant(CorridorFlaw flaw, string[] failing, string phrase)
    {
        var report = EnvironmentChecker.Check(mode => new Corridor(mode, flaw), [RenderMode.Ansi, RenderMode.RgbArray], Options);

        AssertFailsExactly(report, failing, phrase);
    }

    [Theory]
    [MemberData(nameof(RelayFlaws))]
    public void BrokenRelayFailsExactlyItsInvariant(RelayFlaw flaw, string[] failing, string phrase)
    {
        var report = EnvironmentChecker.CheckParallel(mode => new Relay(mode, flaw), [RenderMode.Ansi], Options);

        AssertFailsExactly(report, failing, phrase);
    }

    [Fact]
    public void ThrowIfFailedListsEveryFailedCheckWithItsMessage()
    {
        var report = EnvironmentChecker.Check(() => new Corridor(flaw: CorridorFlaw.IgnoresResetSeed), Options);

        var error = Assert.Throws<EnvironmentCheckException>(report.ThrowIfFailed);

        Assert.Same(report, error.Report);
        Assert.StartsWith("Corridor failed 3 check(s):", error.Message, StringComparison.Ordinal);
        Assert.Contains("- reset: seed ", error.Message, StringComparison.Ordinal);
        Assert.Contains("- determinism: seed ", error.Message, StringComparison.Ordinal);
    }

    private static void AssertFailsExactly(CheckReport report, string[] failing, string phrase)
    {
        var failed = report.Results.Where(r => r.Outcome == CheckOutcome.Failed).ToList();
        Assert.Equal(failing, failed.Select(r => r.Name));
        Assert.Contains(phrase, failed[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KitResults.Applicable(report), r => r.Outcome == CheckOutcome.Skipped);
        Assert.False(report.Passed);
    }
}
