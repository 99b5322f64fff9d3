using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CatMouse.Tests.Contracts;

/// <summary>CatMouseDuel-v0 with a catch radius on a non-square grid meets PettingZoo's parallel API and seed contracts.</summary>
public sealed class CatMouseDuelCatchRadiusContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "CatMouseDuel-v0";

    protected override CheckOptions Options => new() { EnvironmentOptions = EnvOptions.Of(("catch_radius", 2), ("width", 7), ("height", 5), ("max_steps", 9)) };
}
