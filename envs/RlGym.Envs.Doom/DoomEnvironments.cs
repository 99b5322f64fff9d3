using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.Doom;

/// <summary>Registers the Doom environments and their agents.</summary>
public static class DoomEnvironments
{
    /// <summary>Registers every Doom environment and agent.</summary>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
    }
}
