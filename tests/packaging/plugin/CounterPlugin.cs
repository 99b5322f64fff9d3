using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;

namespace PackagedPlugin;

/// <summary>Registers <see cref="CounterEnvironment"/> with the host that loads this folder (rlgym --plugins DIR).</summary>
public sealed class CounterPlugin : IRlGymPlugin
{
    /// <inheritdoc/>
    public void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        environments.Register(
            new EnvSpec(CounterEnvironment.Id) { Description = "Count down from a seeded start and stop on 0 (a plugin built from the RlGym.Core package).", MaxEpisodeSteps = 20, RenderModes = [RenderMode.Ansi] },
            context => new CounterEnvironment(context.RenderMode, context.Options));
    }
}
