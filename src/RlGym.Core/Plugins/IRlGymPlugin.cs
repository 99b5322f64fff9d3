using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Core.Plugins;

/// <summary>
/// The entry point of a plugin assembly: a public class with a parameterless constructor implementing this
/// interface. The CLI (<c>rlgym --plugins DIR</c>) loads every assembly in the folder and calls each plugin once.
/// </summary>
public interface IRlGymPlugin
{
    /// <summary>Registers the plugin's environments and agents.</summary>
    void Register(EnvRegistry environments, AgentRegistry agents);
}
