using Microsoft.Extensions.Logging;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Placement;
using RlGym.Runner.Arena;

namespace RlGym.Cluster.Arena;

/// <summary>
/// Plays arena blocks with an <see cref="ArenaBlockPlayer"/> (the code local threads play with), off the silo's
/// scheduler threads so a long block does not hold up other grains.
/// </summary>
[SiloPinnedPlacement]
internal sealed class ArenaWorkerGrain(WorkerRegistries registries, WorkerCounters counters, ILocalSiloDetails silo, ILogger<ArenaWorkerGrain> log) : Grain, IArenaWorkerGrain
{
    private ArenaBlockPlayer? _player;
    private string? _run;

    public async Task<ArenaBlockReply> Play(ArenaJob job, long block)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_run != job.Run)
        {
            _player?.Dispose();
            _player = null;
            _player = ArenaBlockPlayer.Open(registries.Environments, registries.Agents, job.ToRequest());
            _run = job.Run;
            log.LogInformation("Arena worker {Worker} opened run {Run} ({Environment}, {Pairings} pairings)",
                this.GetPrimaryKeyString(), job.Run, job.EnvironmentId, job.AgentsA.Length * job.AgentsB.Length);
        }
        var player = _player!;
        var (episodes, agentSteps) = await Task.Run(() => player.Play(block)).ConfigureAwait(true);
        var reply = new ArenaBlockReply
        {
            Block = block,
            ReturnsA = [.. episodes.Select(e => e.ReturnA)],
            ReturnsB = [.. episodes.Select(e => e.ReturnB)],
            Steps = [.. episodes.Select(e => e.Steps)],
            Terminated = [.. episodes.Select(e => e.Terminated)],
            AgentSteps = agentSteps,
            Silo = silo.SiloAddress.ToParsableString(),
        };
        counters.ArenaBlockPlayed(job.Run, block, episodes.Length, episodes.Sum(e => (long)e.Steps), agentSteps);
        return reply;
    }

    public Task Release()
    {
        _player?.Dispose();
        _player = null;
        _run = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _player?.Dispose();
        _player = null;
        return base.OnDeactivateAsync(reason, cancellationToken);
    }
}
