using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests.Contracts;

/// <summary>Doom/Duel-v0 meets the environment contract, PettingZoo's parallel API and seed tests, and the AEC view's.</summary>
public sealed class DuelContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => DoomEnvironments.DuelId;

    // A 10-second episode (350 tics) rather than a minute, so the checks that play to the end stay quick.
    protected override CheckOptions Options => TestKit.ContractOptions with { EnvironmentOptions = EnvOptions.Of(("episode_timeout", 350)) };
}
