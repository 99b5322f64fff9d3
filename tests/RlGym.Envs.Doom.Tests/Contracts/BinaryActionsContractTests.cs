using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests.Contracts;

/// <summary>DeadlyCorridor with MultiBinary actions (max_buttons_pressed=0), grey 84x84 frames and frame skip 4 meets the contract too.</summary>
public sealed class BinaryActionsContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = TestKit.Environments();

    protected override string EnvironmentId => "Doom/DeadlyCorridor-v0";

    protected override CheckOptions Options => TestKit.ContractOptions with
    {
        EnvironmentOptions = EnvOptions.Of(("max_buttons_pressed", 0), ("screen_format", "gray"), ("resolution", "84x84"), ("frame_skip", 4)),
    };
}
