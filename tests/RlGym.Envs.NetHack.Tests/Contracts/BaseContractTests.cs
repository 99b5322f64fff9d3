using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.NetHack.Tests.Contracts;

/// <summary>NetHack-v0 (86 useful actions) on the real game meets the environment contract (the invariant kit, fewer and shorter runs: every run starts games).</summary>
public sealed class BaseContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "NetHack-v0";

    protected override CheckOptions Options => NetHackContract.Options;
}
