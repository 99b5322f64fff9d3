using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Runner.Hosting;

/// <summary>One registration step added through DI; applied in the order added when the registries are first resolved.</summary>
internal sealed class RlGymRegistration(Action<IServiceProvider, EnvRegistry, AgentRegistry> apply)
{
    public void Apply(IServiceProvider services, EnvRegistry environments, AgentRegistry agents) => apply(services, environments, agents);
}
