using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests.Contracts;

/// <summary>Doom/TakeCover-v0 meets the environment contract.</summary>
public sealed class TakeCoverContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "Doom/TakeCover-v0";

    protected override CheckOptions Options => TestKit.ContractOptions;
}
