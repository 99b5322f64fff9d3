using Microsoft.Extensions.Logging;
using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Vector;

namespace RlGym.Cluster.Rollouts;

/// <summary>
/// Makes a learner's vectors on a cluster: the copies are stepped by rollout worker grains
/// (<see cref="IRolloutWorkerGrain"/>), <see cref="WorkersPerSilo"/> on every live silo, each owning a contiguous slice
/// of the copies and stepping it in one call per vector step. The workers ship observations to the learner, which
/// keeps the policy, so the learning curve is the one a local vector gives for the same seed and copy count. A worker
/// lost with its silo is re-made on a live silo (see the log's warning) and training goes on.
/// </summary>
/// <param name="client">A connected cluster client.</param>
/// <param name="workersPerSilo">Rollout workers on every silo (the copies are split evenly over all of them).</param>
/// <param name="log">Hears where the copies run and every worker moved off a lost silo.</param>
public sealed class ClusterRollouts(IClusterClient client, int workersPerSilo, ILogger log) : IRolloutVectorFactory
{
    /// <summary>Rollout workers on every silo.</summary>
    public int WorkersPerSilo { get; } = workersPerSilo >= 1 ? workersPerSilo : throw new ArgumentOutOfRangeException(nameof(workersPerSilo), workersPerSilo, "At least one worker per silo.");

    /// <summary>Heard after every worker's step: the packed actions sent and the reply received (to count what travels).</summary>
    public event Action<byte[], RolloutReply>? Exchanged;

    /// <inheritdoc />
    /// <exception cref="UserInputException">When the cluster has no live silo, or the environment's items cannot travel.</exception>
    public IVectorEnvironment<TObs, TAction> Make<TObs, TAction>(EnvRegistry registry, string id, int count, EnvOptions options, AutoresetMode autoreset)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        // The learner reads the spaces from a copy of its own; the workers make theirs from the silos' registries.
        using var local = registry.Make<TObs, TAction>(id, options);
        ItemCodec<TObs>.Create();
        ItemCodec<TAction>.Create();
        var exchanged = Exchanged;
        return ClusterVectorEnvironment<TObs, TAction>.OpenAsync(client, log, id, options, count, WorkersPerSilo, autoreset, local.ObservationSpace, local.ActionSpace,
            exchanged is null ? null : (actions, reply) => exchanged(actions, reply)).GetAwaiter().GetResult();
    }
}
