using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests;

/// <summary>The kit checks registered environments as <c>Make</c> hands them to users: wrapped, in every declared render mode.</summary>
public sealed class RegistryTests
{
    private static readonly CheckOptions Options = new() { Seed = 17 };
    private readonly EnvRegistry _registry = ToyRegistry.Create();

    [Theory]
    [InlineData("Corridor-v0")]
    [InlineData("Drift-v0")]
    [InlineData("Relay-v0")]
    public void CorrectRegisteredEnvironmentsPassEveryCheck(string id)
    {
        var report = EnvironmentChecker.Check(_registry, id, Options);

        Assert.Equal(id, report.EnvironmentId);
        Assert.Equal(CheckNames.All, report.Results.Select(r => r.Name));
        Assert.All(KitResults.Applicable(report), r => Assert.True(r.Outcome == CheckOutcome.Passed, r.ToString()));
    }

    [Fact]
    public void OrderEnforcingFromMakeCoversAnEnvironmentThatForgetsTheCheck()
    {
        var wrapped = EnvironmentChecker.Check(_registry, "CorridorOrdered-v0", Options with { Checks = [CheckNames.StepBeforeReset] });
        var bare = EnvironmentChecker.Check(_registry, "CorridorUnordered-v0", Options with { Checks = [CheckNames.StepBeforeReset] });

        Assert.Equal(CheckOutcome.Passed, wrapped.Results[0].Outcome);
        Assert.Equal(CheckOutcome.Failed, bare.Results[0].Outcome);
    }

    [Fact]
    public void RenderIsCheckedInTheModesTheSpecDeclares()
    {
        var report = EnvironmentChecker.Check(_registry, "CorridorWrongFrame-v0", Options with { Checks = [CheckNames.Render] });

        Assert.Equal(CheckOutcome.Failed, report.Results[0].Outcome);
        Assert.StartsWith("in render mode Ansi: ", report.Results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANondeterministicSpecSkipsDeterminismWithItsReasonAndPassesTheRest()
    {
        var report = EnvironmentChecker.Check(_registry, "CorridorChaotic-v0", Options);

        var skipped = KitResults.Applicable(report).Where(r => r.Outcome != CheckOutcome.Passed).ToList();
        Assert.Equal([CheckNames.Determinism, CheckNames.InfoDeterminism], skipped.Select(r => r.Name));
        Assert.All(skipped, r => Assert.Equal(CheckOutcome.Skipped, r.Outcome));
        Assert.All(skipped, r => Assert.Equal("the spec marks the environment nondeterministic (draws its start from entropy)", r.Message));
    }

    [Fact]
    public void ARegisteredParallelEnvironmentIsCheckedWithTheParallelRules()
    {
        var report = EnvironmentChecker.Check(_registry, "RelayRevives-v0", Options with { Checks = [CheckNames.Observations] });

        Assert.Equal(CheckOutcome.Failed, report.Results[0].Outcome);
        Assert.Contains("back into Agents after it was done", report.Results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentOptionsReachMake()
    {
        var options = Options with { EnvironmentOptions = EnvOptions.Of((EnvRegistry.MaxEpisodeStepsOption, 0)) };

        var error = Assert.Throws<UserInputException>(() => EnvironmentChecker.Check(_registry, "Drift-v0", options));

        Assert.Contains(EnvRegistry.MaxEpisodeStepsOption, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownIdIsRefusedWithTheClosestRegisteredOne()
    {
        var error = Assert.Throws<UnknownEnvironmentException>(() => EnvironmentChecker.Check(_registry, "Coridor-v0"));

        Assert.Contains("Corridor-v0", error.Closest);
    }
}
