using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;

namespace RlGym.TestPlugin;

/// <summary>A plugin the CLI does not reference: registers Plugin/Coin-v0 and the <c>heads</c> agent.</summary>
public sealed class CoinPlugin : IRlGymPlugin
{
    public void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        environments.Register(
            new EnvSpec(CoinEnvironment.Id) { Description = "Guess coin flips: 1 for each right guess (from a plugin).", RenderModes = [RenderMode.Ansi] },
            context => new CoinEnvironment(context.RenderMode, context.Options));
        agents.Register(new HeadsAgentFactory());
    }
}
