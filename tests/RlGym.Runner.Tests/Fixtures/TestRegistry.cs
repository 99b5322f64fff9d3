using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>Registries holding the fixtures: Test/Scripted-v0 (ansi and rgb), Test/Noisy-v0, Test/Duel-v0 and the scripted agent.</summary>
public static class TestRegistry
{
    public static (EnvRegistry Environments, AgentRegistry Agents) Create()
    {
        var environments = new EnvRegistry();
        environments.Register(
            new EnvSpec("Test/Scripted-v0") { RenderModes = [RenderMode.Ansi, RenderMode.RgbArray], Description = "Reward = action." },
            context => new ScriptedEnvironment(context.RenderMode, context.Options.ContainsKey("length") ? context.Options.GetInt("length", 1, 1) : null));
        environments.Register(new EnvSpec("Test/Noisy-v0"), _ => new NoisyEnvironment());
        environments.RegisterParallel(new EnvSpec("Test/Duel-v0"), _ => new DuelEnvironment());
        var agents = new AgentRegistry();
        agents.Register(new ScriptedAgentFactory());
        return (environments, agents);
    }
}
