using RlGym.Core.Registry;
using RlGym.Testing.Tests.Toys;

namespace RlGym.Testing.Tests.Contracts;

public sealed class RelayContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = ToyRegistry.Create();

    protected override string EnvironmentId => "Relay-v0";
}
