using Microsoft.Extensions.Logging;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Placement;
using RlGym.Core;

namespace RlGym.Cluster.Rollouts;

/// <summary>Steps a batch of environment copies for a learner (see <see cref="IRolloutWorkerGrain"/>).</summary>
[SiloPinnedPlacement]
internal sealed class RolloutWorkerGrain(WorkerRegistries registries, WorkerCounters counters, ILocalSiloDetails silo, ILogger<RolloutWorkerGrain> log) : Grain, IRolloutWorkerGrain
{
    private IRolloutBatch? _batch;
    private readonly string _silo = silo.SiloAddress.ToParsableString();

    public Task Open(RolloutJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        _batch?.Dispose();
        _batch = null;
        _batch = IRolloutBatch.Open(registries.Environments, job);
        log.LogInformation("Rollout worker {Worker} opened copies {First}-{Last} of {Environment} for run {Run}",
            this.GetPrimaryKeyString(), job.First, job.First + job.Count - 1, job.EnvironmentId, job.Run);
        return Task.CompletedTask;
    }

    public Task<RolloutReply> Reset(ulong? seed, string[] options, bool[] mask)
    {
        var batch = Batch();
        return Task.FromResult(batch.Reset(seed, options.Length == 0 ? null : EnvOptions.Parse(options), mask, _silo));
    }

    public Task<RolloutReply> Step(byte[] actions)
    {
        var reply = Batch().Step(actions, _silo);
        counters.RolloutSteps(reply.Rewards.Length);
        return Task.FromResult(reply);
    }

    public Task Release()
    {
        _batch?.Dispose();
        _batch = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _batch?.Dispose();
        _batch = null;
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    private IRolloutBatch Batch() =>
        _batch ?? throw new InvalidOperationException($"Rollout worker {this.GetPrimaryKeyString()} has no environments; call Open first (its silo may have restarted it).");
}
