using RlGym.Core.Registry;
using RlGym.Testing.Tests.Toys;

namespace RlGym.Testing.Tests.Contracts;

/// <summary>The contract base run as every environment package runs it: one subclass per registered environment.</summary>
public sealed class CorridorContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = ToyRegistry.Create();

    protected override string EnvironmentId => "Corridor-v0";
}
