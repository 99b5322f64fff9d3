using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CatMouse.Tests.Contracts;

/// <summary>CatMouse-v0 with the seed's compass actions on a non-square grid meets the environment contract.</summary>
public sealed class CatMouseCompassContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "CatMouse-v0";

    protected override CheckOptions Options => new() { EnvironmentOptions = EnvOptions.Of(("actions", "compass"), ("width", 7), ("height", 4)) };
}
