using RlGym.Core.Registry;
using RlGym.Testing.Tests.Toys;

namespace RlGym.Testing.Tests.Contracts;

public sealed class DriftContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = ToyRegistry.Create();

    protected override string EnvironmentId => "Drift-v0";
}
