using Microsoft.Extensions.DependencyInjection;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Runner.Hosting;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Hosting;

public sealed class RlGymServiceCollectionExtensionsTests
{
    [Fact]
    public void Environments_and_agents_added_to_the_services_are_in_the_resolved_registries()
    {
        var services = new ServiceCollection()
            .AddEnvironment(new EnvSpec("Di/Scripted-v0"), _ => new ScriptedEnvironment())
            .AddParallelEnvironment(new EnvSpec("Di/Duel-v0"), _ => new DuelEnvironment())
            .AddAgent(new ScriptedAgentFactory())
            .AddRegistrations((environments, _) => environments.Register(new EnvSpec("Di/Noisy-v0"), _ => new NoisyEnvironment()));
        using var provider = services.BuildServiceProvider();

        var environments = provider.GetRequiredService<EnvRegistry>();
        var agents = provider.GetRequiredService<AgentRegistry>();

        Assert.Equal(["Di/Duel-v0", "Di/Noisy-v0", "Di/Scripted-v0"], environments.Ids);
        Assert.True(environments.Spec("Di/Duel-v0").MultiAgent);
        Assert.Equal(["random", "scripted"], agents.Factories.Select(f => f.Name));
        Assert.Same(environments, provider.GetRequiredService<EnvRegistry>());
        var result = RegistryRunner.Run(environments, agents, new RunRequest("Di/Scripted-v0") { Agents = ["scripted:2"] }, new RunOptions { Episodes = 1, Seed = 10 });
        Assert.Equal(6.0, result.Episodes[0].Return);
    }

    [Fact]
    public void An_agent_factory_can_come_from_the_provider()
    {
        var services = new ServiceCollection()
            .AddSingleton(new ScriptedAgentFactory())
            .AddAgent(sp => sp.GetRequiredService<ScriptedAgentFactory>());
        using var provider = services.BuildServiceProvider();

        var agents = provider.GetRequiredService<AgentRegistry>();

        Assert.Same(provider.GetRequiredService<ScriptedAgentFactory>(), agents.Factories[^1]);
    }

    [Fact]
    public void Adding_the_registries_alone_gives_the_random_agent_and_no_environments()
    {
        using var provider = new ServiceCollection().AddRlGym().AddRlGym().BuildServiceProvider();

        Assert.Empty(provider.GetRequiredService<EnvRegistry>().Ids);
        Assert.Equal(["random"], provider.GetRequiredService<AgentRegistry>().Factories.Select(f => f.Name));
    }

    [Fact]
    public void A_duplicate_id_fails_when_the_registries_are_resolved()
    {
        var services = new ServiceCollection()
            .AddEnvironment(new EnvSpec("Di/Same-v0"), _ => new ScriptedEnvironment())
            .AddEnvironment(new EnvSpec("Di/Same-v0"), _ => new NoisyEnvironment());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<EnvRegistry>());

        Assert.Contains("'Di/Same-v0' is already registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registrations_apply_in_the_order_they_were_added()
    {
        var order = new List<string>();
        var services = new ServiceCollection()
            .AddRegistrations((_, _) => order.Add("first"))
            .AddEnvironment(new EnvSpec("Di/Scripted-v0"), _ => { order.Add("never made"); return new ScriptedEnvironment(); })
            .AddRegistrations((environments, _) => order.Add(environments.Contains("Di/Scripted-v0") ? "second saw the environment" : "second saw nothing"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<AgentRegistry>();

        Assert.Equal(["first", "second saw the environment"], order);
    }

    [Fact]
    public void Made_environments_are_wrapped_like_any_registry_environment()
    {
        using var provider = new ServiceCollection()
            .AddEnvironment(new EnvSpec("Di/Scripted-v0") { MaxEpisodeSteps = 1 }, _ => new ScriptedEnvironment())
            .BuildServiceProvider();

        using var env = provider.GetRequiredService<EnvRegistry>().Make<int, int>("Di/Scripted-v0");
        env.Reset(seed: 11);

        Assert.True(env.Step(0).Truncated);
        Assert.Equal("Di/Scripted-v0", env.Spec?.Id);
        Assert.IsType<ScriptedEnvironment>(env.Unwrapped());
    }
}
