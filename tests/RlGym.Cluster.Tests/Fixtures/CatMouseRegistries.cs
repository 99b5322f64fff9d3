using RlGym.Agents.CatMouse.Agents;
using RlGym.Cluster.Hosting;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;

namespace RlGym.Cluster.Tests.Fixtures;

/// <summary>Registries with the cat-and-mouse environments and agents, as rlgym registers them.</summary>
public static class CatMouseRegistries
{
    public static WorkerRegistries Create()
    {
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        CatMouseAgents.Register(agents);
        return new WorkerRegistries(environments, agents);
    }
}
