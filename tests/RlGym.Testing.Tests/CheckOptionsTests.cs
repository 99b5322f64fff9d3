using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

public sealed class CheckOptionsTests
{
    [Theory]
    [InlineData(0, 64, 10, "MaxTests")]
    [InlineData(10, 0, 10, "MaxSequenceLength")]
    [InlineData(10, 64, 0, "EpisodeStepBudget")]
    public void CountsBelowOneAreRefusedByName(int maxTests, int maxLength, int budget, string setting)
    {
        var options = new CheckOptions { MaxTests = maxTests, MaxSequenceLength = maxLength, EpisodeStepBudget = budget };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EnvironmentChecker.Check(() => new Corridor(), options));

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public void AnUnknownCheckNameIsRefusedWithTheClosestOne()
    {
        var options = new CheckOptions { Checks = ["determinsm"] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("There is no check 'determinsm' (did you mean 'determinism'?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheNamedChecksRunInTheKitsOrder()
    {
        var options = new CheckOptions { Seed = 1, Checks = [CheckNames.Dispose, CheckNames.Spaces] };

        var report = EnvironmentChecker.Check(() => new Corridor(), options);

        Assert.Equal([CheckNames.Spaces, CheckNames.Dispose], report.Results.Select(r => r.Name));
    }

    [Fact]
    public void ABugNeedingThreeStepsIsOutOfReachOfTwoStepSequences()
    {
        var tooShort = new CheckOptions { Seed = 4, MaxTests = 400, MaxSequenceLength = 2, Checks = [CheckNames.Observations] };
        var longEnough = tooShort with { MaxSequenceLength = 3 };

        var missed = EnvironmentChecker.Check(() => new Corridor(flaw: CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros), tooShort);
        var found = EnvironmentChecker.Check(() => new Corridor(flaw: CorridorFlaw.ObservationLeavesSpaceAfterThreeZeros), longEnough);

        Assert.Equal(CheckOutcome.Passed, missed.Results[0].Outcome);
        Assert.Equal(CheckOutcome.Failed, found.Results[0].Outcome);
    }
}
