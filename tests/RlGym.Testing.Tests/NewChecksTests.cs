using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Wrappers;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

/// <summary>The checks Gymnasium's check_env and PettingZoo's api_test make that the kit gained: info values, seeds, masks, the AEC view.</summary>
public sealed class NewChecksTests
{
    private static readonly CheckOptions Options = new() { Seed = 5, MaxTests = 30 };

    private static CheckResult Only(string check, Func<IEnvironment<float[], int>> make) =>
        Assert.Single(EnvironmentChecker.Check(make, Options with { Checks = [check] }).Results);

    [Fact]
    public void InfoValuesThatDifferUnderTheSameSeedFailInfoDeterminismButNotDeterminism()
    {
        var keys = Only(CheckNames.Determinism, () => new Corridor(flaw: CorridorFlaw.InfoValueFromEntropy));
        var values = Only(CheckNames.InfoDeterminism, () => new Corridor(flaw: CorridorFlaw.InfoValueFromEntropy));

        Assert.Equal(CheckOutcome.Passed, keys.Outcome);
        Assert.Equal(CheckOutcome.Failed, values.Outcome);
        Assert.Contains("info[\"noise\"]", values.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpisodeStatisticsCompareWithoutTheirWallClockTime()
    {
        var result = Only(CheckNames.InfoDeterminism, () => new Corridor().WithTimeLimit(5).WithRecordEpisodeStatistics());

        Assert.Equal(CheckOutcome.Passed, result.Outcome);
    }

    [Fact]
    public void AFixedStartFailsSeedsDifferUnlessTheSpecSaysItIsByDesign()
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Fixed-v0") { MaxEpisodeSteps = 40 }, _ => new Corridor(flaw: CorridorFlaw.FixedStart));
        registry.Register(new EnvSpec("FixedByDesign-v0") { MaxEpisodeSteps = 40, DeterministicByDesign = true }, _ => new Corridor(flaw: CorridorFlaw.FixedStart));

        var fixedStart = Assert.Single(EnvironmentChecker.Check(registry, "Fixed-v0", Options with { Checks = [CheckNames.SeedsDiffer] }).Results);
        var byDesign = Assert.Single(EnvironmentChecker.Check(registry, "FixedByDesign-v0", Options with { Checks = [CheckNames.SeedsDiffer] }).Results);
        var random = Only(CheckNames.SeedsDiffer, () => new Corridor());

        Assert.Equal(CheckOutcome.Failed, fixedStart.Outcome);
        Assert.Contains("123 and 456", fixedStart.Message, StringComparison.Ordinal);
        Assert.Contains("DeterministicByDesign", fixedStart.Message, StringComparison.Ordinal);
        Assert.Equal(CheckOutcome.Skipped, byDesign.Outcome);
        Assert.Equal(CheckOutcome.Passed, random.Outcome);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 1 }, null)]
    [InlineData(new byte[] { 1, 0 }, "of 2 entries; the action space Discrete(3) needs 3")]
    [InlineData(new byte[] { 1, 2, 0 }, "entries must be 0 or 1")]
    [InlineData(new byte[] { 0, 0, 0 }, "allows no action while the agent is live")]
    public void ActionMasksInInfoMustFitTheActionSpace(byte[] mask, string? problem)
    {
        var result = Only(CheckNames.ActionMask, () => new Masked(new Corridor().WithTimeLimit(10), mask));

        Assert.Equal(problem is null ? CheckOutcome.Passed : CheckOutcome.Failed, result.Outcome);
        if (problem is not null)
        {
            Assert.Contains(problem, result.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheTurnBasedViewOfACorrectRelayPassesAndOfARevivingOneFails()
    {
        var good = EnvironmentChecker.CheckParallel(() => new Relay(), Options with { Checks = [CheckNames.TurnBased] });
        var revives = EnvironmentChecker.CheckParallel(() => new Relay(flaw: RelayFlaw.RevivesFinishedRunner), Options with { Checks = [CheckNames.TurnBased] });

        Assert.Equal(CheckOutcome.Passed, Assert.Single(good.Results).Outcome);
        Assert.Equal(CheckOutcome.Failed, Assert.Single(revives.Results).Outcome);
    }

    /// <summary>Adds a fixed action mask to every info.</summary>
    private sealed class Masked(IEnvironment<float[], int> inner, byte[] mask) : Wrapper<float[], int>(inner)
    {
        public override ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
        {
            var result = Inner.Reset(seed, options);
            return result with { Info = result.Info.With("action_mask", mask) };
        }

        public override StepResult<float[]> Step(int action)
        {
            var result = Inner.Step(action);
            return result with { Info = result.Info.With("action_mask", mask) };
        }
    }
}
