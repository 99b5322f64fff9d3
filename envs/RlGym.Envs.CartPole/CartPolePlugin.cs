using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Plugins;
using RlGym.Core.Registry;

namespace RlGym.Envs.CartPole;

/// <summary>
/// Registers <c>CartPole-v1</c> (Gymnasium's classic-control balancer, our code) from a plugin assembly that the
/// command line does not reference: <c>rlgym --plugins envs/RlGym.Envs.CartPole/bin/Release/net10.0 run CartPole-v1</c>.
/// </summary>
public sealed class CartPolePlugin : IRlGymPlugin
{
    /// <summary>The environment's id, as Gymnasium names it.</summary>
    public const string Id = "CartPole-v1";

    /// <summary>The time limit: an episode is truncated after this many steps.</summary>
    public const int MaxEpisodeSteps = 500;

    /// <summary>The mean return at which the task counts as solved (Gymnasium's reward threshold).</summary>
    public const double RewardThreshold = 475.0;

    /// <inheritdoc />
    public void Register(EnvRegistry environments, AgentRegistry agents)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        environments.Register(
            new EnvSpec(Id)
            {
                MaxEpisodeSteps = MaxEpisodeSteps,
                RewardThreshold = RewardThreshold,
                RenderModes = [RenderMode.Ansi],
                RenderFps = 50,
                Description = "Classic control (plugin): push a cart left or right to keep its pole within 12 degrees and the cart within 2.4; +1 a step, 500 steps.",
            },
            context => new CartPoleEnvironment(context.Options, context.RenderMode, context.Spec));
    }
}
