using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests.Contracts;

/// <summary>Doom/RocketBasic-v0 meets the environment contract.</summary>
public sealed class RocketBasicContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "Doom/RocketBasic-v0";

    protected override CheckOptions Options => TestKit.ContractOptions;
}
