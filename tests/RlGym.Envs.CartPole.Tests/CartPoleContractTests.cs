using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.CartPole.Tests;

/// <summary>CartPole-v1, registered by its plugin, meets the environment contract.</summary>
public sealed class CartPoleContractTests : EnvironmentContractTests
{
    protected override EnvRegistry Registry { get; } = CartPoleTestKit.Environments();

    protected override string EnvironmentId => CartPolePlugin.Id;
}

/// <summary>Registries with the plugin registered.</summary>
internal static class CartPoleTestKit
{
    public static EnvRegistry Environments()
    {
        var environments = new EnvRegistry();
        new CartPolePlugin().Register(environments, new AgentRegistry());
        return environments;
    }
}
