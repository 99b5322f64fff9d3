using RlGym.Core.Registry;
using RlGym.Testing.Tests.Toys;
using Xunit;

namespace RlGym.Testing.Tests.Contracts;

public sealed class ContractFailureTests
{
    [Fact]
    public void TheFactForTheBrokenInvariantFailsWithTheShrunkSequenceAndTheOthersPass()
    {
        var contract = new ThreeZerosContract();

        var error = Assert.Throws<EnvironmentCheckException>(contract.ObservationsStayInTheirSpaces);
        contract.RewardsAreFinite();
        contract.SameSeedAndActionsGiveTheSameTrajectory();

        Assert.Contains("- observations: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(["0", "0", "0"], error.Report.Results[0].Counterexample?.Actions);
    }

    /// <summary>Not public, so xunit does not run its facts on their own.</summary>
    private sealed class ThreeZerosContract : EnvironmentContractTests
    {
        protected override EnvRegistry Registry { get; } = ToyRegistry.Create();

        protected override string EnvironmentId => "CorridorThreeZeros-v0";

        protected override CheckOptions Options => new() { Seed = 3 };
    }
}
