using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CatMouse.Tests.Contracts;

/// <summary>CatMouseDuel-v0 meets PettingZoo's parallel API and seed contracts.</summary>
public sealed class CatMouseDuelContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "CatMouseDuel-v0";
}
