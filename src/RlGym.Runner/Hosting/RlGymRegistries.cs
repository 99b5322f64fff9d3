using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Runner.Hosting;

/// <summary>The pair of registries a service provider builds once from every <see cref="RlGymRegistration"/>.</summary>
internal sealed class RlGymRegistries
{
    public RlGymRegistries(IServiceProvider services, IEnumerable<RlGymRegistration> registrations)
    {
        foreach (var registration in registrations)
        {
            registration.Apply(services, Environments, Agents);
        }
    }

    public EnvRegistry Environments { get; } = new();

    public AgentRegistry Agents { get; } = new();
}
