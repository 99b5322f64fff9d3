using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Testing;

namespace RlGym.Envs.Doom.Tests;

/// <summary>Registries holding the Doom scenarios, and helpers to make their environments.</summary>
internal static class TestKit
{
    /// <summary>The invariant kit's settings for Doom: fewer sequences than the default, as every step renders a frame.</summary>
    public static CheckOptions ContractOptions { get; } = new() { MaxTests = 24, MaxSequenceLength = 48, Seed = 2024 };

    public static EnvRegistry Environments()
    {
        var environments = new EnvRegistry();
        DoomEnvironments.Register(environments, new AgentRegistry());
        return environments;
    }

    public static (EnvRegistry Environments, AgentRegistry Agents) Registries()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        DoomEnvironments.Register(environments, agents);
        return (environments, agents);
    }

    public static IEnvironment<byte[], int> Make(string id, EnvOptions? options = null, RenderMode mode = RenderMode.None) =>
        Environments().Make<byte[], int>(id, options, mode);

    public static DoomState State(IDisposable environment) =>
        environment.TryGetPrivileged<DoomState>(out var source) ? source.PrivilegedState : throw new InvalidOperationException("No DoomState.");
}
