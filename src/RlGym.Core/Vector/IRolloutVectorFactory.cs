using RlGym.Core.Registry;

namespace RlGym.Core.Vector;

/// <summary>
/// Makes the vector a learner collects its rollouts from. A learner's default is the registry's own vector
/// (<see cref="EnvRegistry.MakeVector{TObs,TAction}"/>); an implementation may keep the copies elsewhere (such as the
/// rollout workers of a cluster) as long as copy i reset with seed s plays exactly as the registry's copy i would.
/// </summary>
public interface IRolloutVectorFactory
{
    /// <summary>Makes <paramref name="count"/> copies of <paramref name="id"/> with <paramref name="options"/>.</summary>
    /// <typeparam name="TObs">The observation type of one copy.</typeparam>
    /// <typeparam name="TAction">The action type of one copy.</typeparam>
    /// <param name="registry">Where the environment is registered (on the learner's side).</param>
    /// <param name="id">The environment.</param>
    /// <param name="count">How many copies.</param>
    /// <param name="options">The environment's options.</param>
    /// <param name="autoreset">What happens when a copy finishes.</param>
    IVectorEnvironment<TObs, TAction> Make<TObs, TAction>(EnvRegistry registry, string id, int count, EnvOptions options, AutoresetMode autoreset);
}
