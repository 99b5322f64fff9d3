using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.Doom.Tests;

/// <summary>Registries holding the Doom scenarios, and helpers to make their environments.</summary>
internal static class TestKit
{
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

    public static DoomState State(object environment) =>
        environment.TryGetPrivileged<DoomState>(out var source) ? source.PrivilegedState : throw new InvalidOperationException("No DoomState.");
}
