using System.Diagnostics;

namespace RlGym.Cluster.Hosting;

/// <summary>
/// What a silo's workers have done since it started: blocks, episodes, environment steps and agent actions, and the
/// same over the last minute (for a throughput figure). Thread-safe. <see cref="BlockPlayed"/> fires after each
/// arena block, on the worker's thread; <see cref="RolloutStepped"/> after every rollout batch.
/// </summary>
public sealed class WorkerCounters
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Queue<(double Seconds, long EnvironmentSteps)> _recent = new();
    private long _blocks, _episodes, _environmentSteps, _agentSteps, _rolloutSteps;

    /// <summary>Heard after every arena block: the run, the block's index and the silo's block count so far.</summary>
    public event Action<string, long, long>? BlockPlayed;

    /// <summary>Counts one arena block.</summary>
    public void ArenaBlockPlayed(string run, long block, int episodes, long environmentSteps, long agentSteps)
    {
        long blocks;
        lock (_gate)
        {
            blocks = ++_blocks;
            _episodes += episodes;
            _environmentSteps += environmentSteps;
            _agentSteps += agentSteps;
            Remember(environmentSteps);
        }
        BlockPlayed?.Invoke(run, block, blocks);
    }

    /// <summary>Heard after every batch a rollout worker steps, on the worker's thread: the silo's rollout steps so far.</summary>
    public event Action<long>? RolloutStepped;

    /// <summary>Counts environment steps of rollout workers.</summary>
    public void RolloutSteps(long environmentSteps)
    {
        long total;
        lock (_gate)
        {
            _environmentSteps += environmentSteps;
            _rolloutSteps += environmentSteps;
            total = _rolloutSteps;
            Remember(environmentSteps);
        }
        RolloutStepped?.Invoke(total);
    }

    /// <summary>A snapshot of the counters.</summary>
    public WorkerReport Report(string silo, int workers)
    {
        lock (_gate)
        {
            double now = _clock.Elapsed.TotalSeconds;
            Forget(now);
            long recentSteps = _recent.Sum(r => r.EnvironmentSteps);
            double window = Math.Min(60, now);
            return new WorkerReport
            {
                Silo = silo,
                Workers = workers,
                UptimeSeconds = now,
                ArenaBlocks = _blocks,
                Episodes = _episodes,
                EnvironmentSteps = _environmentSteps,
                AgentSteps = _agentSteps,
                StepsPerSecondLastMinute = window > 0 ? recentSteps / window : 0,
            };
        }
    }

    private void Remember(long environmentSteps)
    {
        double now = _clock.Elapsed.TotalSeconds;
        _recent.Enqueue((now, environmentSteps));
        Forget(now);
    }

    private void Forget(double now)
    {
        while (_recent.Count > 0 && _recent.Peek().Seconds < now - 60)
        {
            _recent.Dequeue();
        }
    }
}
