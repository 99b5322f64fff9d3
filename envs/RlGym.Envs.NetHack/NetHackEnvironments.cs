using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.NetHack;

/// <summary>Registers the NetHack environments and their agents.</summary>
public static class NetHackEnvironments
{
    /// <summary>Registers every NetHack environment and agent.</summary>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
    }
}
