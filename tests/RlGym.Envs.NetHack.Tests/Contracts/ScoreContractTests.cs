using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.NetHack.Tests.Contracts;

/// <summary>NetHackScore-v0 on the real game meets the environment contract (the invariant kit, fewer and shorter runs: every run starts games).</summary>
public sealed class ScoreContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "NetHackScore-v0";

    protected override CheckOptions Options => NetHackContract.Options;
}
