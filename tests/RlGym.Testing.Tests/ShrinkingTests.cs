using RlGym.Testing.Properties;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

public sealed class ShrinkingTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(42UL)]
    [InlineData(123456789UL)]
    public void ABugThatNeedsThreeZerosShrinksToExactlyThreeZeros(ulong seed)
    {
        var report = EnvironmentChecker.Check(
            () => new Corridor(flaw: CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros),
            new CheckOptions { Seed = seed, Checks = [CheckNames.Observations] });

        var result = Assert.Single(report.Results);
        Assert.Equal(CheckOutcome.Failed, result.Outcome);
        Assert.NotNull(result.Counterexample);
        Assert.Equal(["0", "0", "0"], result.Counterexample.Actions);
        Assert.StartsWith($"seed {result.Counterexample.Seed}, actions [", result.Message, StringComparison.Ordinal);
        Assert.Contains("-> Step(0) returned the observation [2, ", result.Message, StringComparison.Ordinal);
        Assert.Contains($"repeat with CheckOptions.Seed = {seed}", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameSeedRepeatsTheSameFailure()
    {
        var options = new CheckOptions { Seed = 99, Checks = [CheckNames.Rewards] };

        var first = EnvironmentChecker.Check(() => new Corridor(flaw: CorridorFlaw.NaNRewardAtRightWall), options);
        var second = EnvironmentChecker.Check(() => new Corridor(flaw: CorridorFlaw.NaNRewardAtRightWall), options);

        Assert.Equal(CheckOutcome.Failed, first.Results[0].Outcome);
        Assert.Equal(first.Results[0].Message, second.Results[0].Message);
        Assert.Equal(first.Results[0].Counterexample, second.Results[0].Counterexample);
    }

    [Fact]
    public void ARewardBugReportsTheActionsThatReachTheWall()
    {
        var report = EnvironmentChecker.Check(
            () => new Corridor(flaw: CorridorFlaw.NaNRewardAtRightWall),
            new CheckOptions { Seed = 8, Checks = [CheckNames.Rewards] });

        var example = report.Results[0].Counterexample;
        Assert.NotNull(example);
        Assert.Equal("2", example.Actions[^1]);
        Assert.Contains("-> Step(2) returned the reward NaN", report.Results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShrinkingTriesRemovingEverythingFirstThenChunksThenSingleStepsThenSmallerSeeds()
    {
        var script = new ActionScript(500, [10, 11, 12, 13]);

        var candidates = ActionScripts.Shrink(script).ToList();

        Assert.Empty(candidates[0].ActionSeeds);
        Assert.Equal([12UL, 13UL], candidates[1].ActionSeeds);
        Assert.Equal([10UL, 11UL], candidates[2].ActionSeeds);
        Assert.Equal([11UL, 12UL, 13UL], candidates[3].ActionSeeds);
        Assert.All(candidates, c => Assert.True(c.ActionSeeds.Length < 4 || c.ResetSeed < 500));
        Assert.Equal([0UL, 1, 2, 3, 4, 5, 6, 7], candidates.Where(c => c.ActionSeeds.Length == 4).Select(c => c.ResetSeed));
    }
}
