using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CatMouse.Tests.Contracts;

/// <summary>CatMouse-v0 with Discrete(4) actions meets the environment contract.</summary>
public sealed class CatMouseContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "CatMouse-v0";
}
