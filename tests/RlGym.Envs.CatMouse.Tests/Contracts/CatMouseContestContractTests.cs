using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CatMouse.Tests.Contracts;

/// <summary>CatMouseContest-v0 (the duel with catch_radius=1, max_steps=7) meets the parallel API and seed contracts.</summary>
public sealed class CatMouseContestContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "CatMouseContest-v0";
}
