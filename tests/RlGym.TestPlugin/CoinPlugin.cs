using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// A plugin the CLI does not reference: registers Plugin/Coin-v0 and the <c>heads</c> agent, and the rovers whose action
/// is a Dict (Plugin/Rover-v0, Plugin/RoverPair-v0) with their integer-action twins for <c>rlgym trace</c>.
/// </summary>
public sealed class CoinPlugin : IRlGymPlugin
{
    public const string RoverPairId = "Plugin/RoverPair-v0";

    public const string RoverPairIndexedId = "Plugin/RoverPairIndexed-v0";

    public void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        environments.Register(
            new EnvSpec(CoinEnvironment.Id) { Description = "Guess coin flips: 1 for each right guess (from a plugin).", RenderModes = [RenderMode.Ansi] },
            context => new CoinEnvironment(context.RenderMode, context.Options));
        environments.Register(
            new EnvSpec(RoverEnvironment.Id) { Description = "A rover steered by a Dict action (from a plugin)." },
            context => new RoverEnvironment(context.RenderMode, context.Options));
        environments.Register(
            new EnvSpec(RoverIndexedEnvironment.Id) { Description = "Plugin/Rover-v0 with integer actions standing for Dict ones (from a plugin)." },
            context => new RoverIndexedEnvironment(context.RenderMode, context.Options));
        environments.RegisterParallel(
            new EnvSpec(RoverPairId) { Description = "Two rovers steered by Dict actions (from a plugin)." },
            context => new RoverPairEnvironment<IReadOnlyDictionary<string, object>>(RoverPairId, context.Options, Rover.ActionSpace(), a => a));
        environments.RegisterParallel(
            new EnvSpec(RoverPairIndexedId) { Description = "Plugin/RoverPair-v0 with integer actions standing for Dict ones (from a plugin)." },
            context => new RoverPairEnvironment<int>(RoverPairIndexedId, context.Options, new Discrete(60), Rover.ActionOf));
        agents.Register(new HeadsAgentFactory());
    }
}
