using System.Runtime.ExceptionServices;
using RlGym.Core;
using RlGym.Core.Agents;

namespace RlGym.Runner;

public static partial class EpisodeRunner
{
    /// <summary>How far, in episodes per worker, the workers may run ahead of the oldest episode still being played.</summary>
    public const int WorkerLookahead = 64;

    /// <summary>
    /// Runs the episodes of <paramref name="options"/> on one thread per worker: worker w plays with
    /// <c>environments[w]</c> and <c>agents[w]</c> and takes the next episode number whenever it finishes one, so no
    /// worker waits for another. Episode i is played exactly as <see cref="Run{TObs,TAction}"/> plays it (reset with
    /// <c>options.Seed + i</c>, the agent begun with <c>Rng.DeriveSeed(options.Seed + i, 0)</c>), so an agent whose
    /// actions depend only on its episode's seed and observations gives the same episodes as a one-worker run, whichever
    /// worker plays them. Agents that learn across episodes learn each from its own worker's episodes. The sinks get the
    /// episodes in index order, one call at a time, from whichever worker completes the next one; the workers run at
    /// most <see cref="WorkerLookahead"/> episodes each ahead of the oldest unfinished one, so memory stays bounded.
    /// Cancellation (or a worker's exception) stops every worker between an action and its step: the sinks get the
    /// episodes before the first unfinished one, as a one-worker run stopped there would have given them. With one
    /// worker this is <see cref="Run{TObs,TAction}"/> on the calling thread.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// When the lists are empty or of different lengths, hold a null or the same environment or agent twice (each worker
    /// needs its own), or frames are asked for with more than one worker.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">When the options ask for fewer than one episode.</exception>
    public static RunResult RunWorkers<TObs, TAction>(
        IReadOnlyList<IEnvironment<TObs, TAction>> environments,
        IReadOnlyList<IAgent<TObs, TAction>> agents,
        RunOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(options);
        CheckWorkers(environments, agents, options);
        options.Validate();
        int workers = environments.Count;
        if (workers == 1)
        {
            return Run(environments[0], agents[0], options, cancellationToken);
        }
        var info = new RunInfo(environments[0].Spec?.Id ?? environments[0].GetType().Name, false, [RunInfo.SingleRole], [agents[0].Name], options.Episodes, options.Seed);
        var recorder = new RunRecorder(info, options.Sinks);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var schedule = new EpisodeSchedule(options.Episodes, workers * WorkerLookahead, recorder, stop);
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            var environment = environments[w];
            var agent = agents[w];
            threads[w] = new Thread(() => Work(environment, agent, options.Seed, schedule, stop.Token))
            {
                IsBackground = true,
                Name = $"RlGym run worker {w}",
            };
            threads[w].Start();
        }
        foreach (var thread in threads)
        {
            thread.Join();
        }
        schedule.Failure?.Throw();
        return recorder.Finish(cancelled: schedule.Recorded < options.Episodes);
    }

    private static void Work<TObs, TAction>(
        IEnvironment<TObs, TAction> environment, IAgent<TObs, TAction> agent, ulong firstSeed, EpisodeSchedule schedule, CancellationToken stop)
    {
        try
        {
            while (schedule.TryTake(out int episode))
            {
                if (PlayEpisode(environment, agent, episode, unchecked(firstSeed + (ulong)episode), null, stop) is not { } record)
                {
                    schedule.Stop();
                    return;
                }
                schedule.Complete(record);
            }
        }
        catch (Exception error)
        {
            schedule.Fail(error);
        }
    }

    private static void CheckWorkers<TObs, TAction>(
        IReadOnlyList<IEnvironment<TObs, TAction>> environments, IReadOnlyList<IAgent<TObs, TAction>> agents, RunOptions options)
    {
        if (environments.Count == 0 || environments.Count != agents.Count)
        {
            throw new ArgumentException(
                $"Got {environments.Count} environments and {agents.Count} agents; each worker needs one of each, and there must be at least one worker.", nameof(agents));
        }
        var seenEnvironments = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var seenAgents = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (int w = 0; w < environments.Count; w++)
        {
            if (environments[w] is null || !seenEnvironments.Add(environments[w]))
            {
                throw new ArgumentException($"Environment {w} is null or appears earlier in the list; each worker needs its own environment.", nameof(environments));
            }
            if (agents[w] is null || !seenAgents.Add(agents[w]))
            {
                throw new ArgumentException($"Agent {w} is null or appears earlier in the list; each worker needs its own agent.", nameof(agents));
            }
        }
        if (environments.Count > 1 && options.Frames is not null && environments.Any(e => e.RenderMode != RenderMode.None))
        {
            throw new ArgumentException($"Frames come from one environment at a time; render with one worker, not {environments.Count}.", nameof(options));
        }
    }

    // Hands out episode numbers and records completed episodes in index order. Every member takes the one lock; the
    // sinks are called under it, so they see one call at a time, in order.
    private sealed class EpisodeSchedule(int episodes, int lookahead, RunRecorder recorder, CancellationTokenSource stop)
    {
        private readonly object _gate = new();
        private readonly Dictionary<int, EpisodeRecord> _waiting = [];
        private int _next;
        private bool _stopped;

        /// <summary>How many episodes the sinks got: 0 to Recorded - 1.</summary>
        public int Recorded { get; private set; }

        /// <summary>The first exception a worker threw, if any.</summary>
        public ExceptionDispatchInfo? Failure { get; private set; }

        // The next episode to play, waiting while the workers are a lookahead ahead of the oldest unfinished episode;
        // false when there are none left or the run stopped.
        public bool TryTake(out int episode)
        {
            lock (_gate)
            {
                while (!_stopped && _next < episodes && _next - Recorded >= lookahead)
                {
                    Monitor.Wait(_gate);
                }
                episode = _next;
                if (_stopped || _next >= episodes)
                {
                    return false;
                }
                _next++;
                return true;
            }
        }

        public void Complete(EpisodeRecord record)
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    return;
                }
                _waiting.Add(record.Index, record);
                while (_waiting.Remove(Recorded, out var next))
                {
                    recorder.Record(next);
                    Recorded++;
                }
                Monitor.PulseAll(_gate);
            }
        }

        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
            stop.Cancel();
        }

        public void Fail(Exception error)
        {
            lock (_gate)
            {
                Failure ??= ExceptionDispatchInfo.Capture(error);
            }
            Stop();
        }
    }
}
