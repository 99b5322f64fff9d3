using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner.Hosting;

/// <summary>
/// Registers environments and agents with a service collection. The provider then resolves one
/// <see cref="EnvRegistry"/> and one <see cref="AgentRegistry"/> (singletons) holding everything registered, in order.
/// Registration errors (a duplicate id, say) surface when the registries are first resolved.
/// </summary>
public static class RlGymServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="EnvRegistry"/> and <see cref="AgentRegistry"/> singletons (once, however often called).</summary>
    public static IServiceCollection AddRlGym(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new RlGymRegistries(sp, sp.GetServices<RlGymRegistration>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<RlGymRegistries>().Environments);
        services.TryAddSingleton(sp => sp.GetRequiredService<RlGymRegistries>().Agents);
        return services;
    }

    /// <summary>Registers a single-agent environment under <paramref name="spec"/>.</summary>
    public static IServiceCollection AddEnvironment<TObs, TAction>(this IServiceCollection services, EnvSpec spec, Func<EnvContext, IEnvironment<TObs, TAction>> create)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(create);
        return services.AddRegistration((_, environments, _) => environments.Register(spec, create));
    }

    /// <summary>Registers a multi-agent (parallel) environment under <paramref name="spec"/>.</summary>
    public static IServiceCollection AddParallelEnvironment<TObs, TAction>(
        this IServiceCollection services, EnvSpec spec, Func<EnvContext, IParallelEnvironment<TObs, TAction>> create)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(create);
        return services.AddRegistration((_, environments, _) => environments.RegisterParallel(spec, create));
    }

    /// <summary>Registers an environment whose types depend on its options through an <see cref="IEnvironmentFactory"/>.</summary>
    public static IServiceCollection AddEnvironment(this IServiceCollection services, EnvSpec spec, IEnvironmentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(factory);
        return services.AddRegistration((_, environments, _) => environments.Register(spec, factory));
    }

    /// <summary>Registers an agent factory.</summary>
    public static IServiceCollection AddAgent(this IServiceCollection services, IAgentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return services.AddRegistration((_, _, agents) => agents.Register(factory));
    }

    /// <summary>Registers an agent factory built from the provider (for factories that need services, such as a console).</summary>
    public static IServiceCollection AddAgent(this IServiceCollection services, Func<IServiceProvider, IAgentFactory> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return services.AddRegistration((provider, _, agents) => agents.Register(create(provider)));
    }

    /// <summary>
    /// Adds a step that registers into both registries, in the shape of <c>IRlGymPlugin.Register</c> and of
    /// an environment package's <c>Register(environments, agents)</c> method.
    /// </summary>
    public static IServiceCollection AddRegistrations(this IServiceCollection services, Action<EnvRegistry, AgentRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return services.AddRegistration((_, environments, agents) => register(environments, agents));
    }

    private static IServiceCollection AddRegistration(this IServiceCollection services, Action<IServiceProvider, EnvRegistry, AgentRegistry> apply)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRlGym();
        services.AddSingleton(new RlGymRegistration(apply));
        return services;
    }
}
