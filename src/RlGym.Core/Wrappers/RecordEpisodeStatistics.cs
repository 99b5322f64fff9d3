using System.Diagnostics;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Adds <c>info["episode"]</c> (an <see cref="EpisodeStats"/>) to the last step of every episode, and keeps
/// the statistics of the most recent episodes (Gymnasium's <c>RecordEpisodeStatistics</c>). It leaves observations
/// unchanged, so it forwards the allocation-free path (<see cref="IBufferedStep{TAction}"/>) when the inner environment
/// has it; both paths count the same episode.
/// </summary>
internal sealed class RecordEpisodeStatistics<TObs, TAction> : Wrapper<TObs, TAction>, IEpisodeStatisticsSource, IBufferedStep<TAction>
{
    private readonly Queue<EpisodeStats> _recent;
    private readonly int _capacity;
    private double _return;
    private int _length;
    private long _started;

    public RecordEpisodeStatistics(IEnvironment<TObs, TAction> inner, int bufferLength) : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferLength, 1);
        _capacity = bufferLength;
        _recent = new Queue<EpisodeStats>(bufferLength);
    }

    public IReadOnlyCollection<EpisodeStats> RecentEpisodes => _recent;

    public int EpisodeCount { get; private set; }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        Begin();
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        var info = Count(result.Reward, result.Terminated, result.Truncated, result.Info);
        return ReferenceEquals(info, result.Info) ? result : result with { Info = info };
    }

    public bool CanStepInto => Inner.TryGetBufferedStep<TAction>(out _);

    public int ObservationLength => Buffered.ObservationLength;

    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        var info = Buffered.ResetInto(observation, seed, options);
        Begin();
        return info;
    }

    public StepOutcome StepInto(TAction action, Span<byte> observation)
    {
        var outcome = Buffered.StepInto(action, observation);
        var info = Count(outcome.Reward, outcome.Terminated, outcome.Truncated, outcome.Info);
        return ReferenceEquals(info, outcome.Info) ? outcome : outcome with { Info = info };
    }

    private IBufferedStep<TAction> Buffered => (IBufferedStep<TAction>)Inner;

    private void Begin()
    {
        _return = 0;
        _length = 0;
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds the step to the episode; at its end, records the statistics and returns the info with them.</summary>
    private Info Count(double reward, bool terminated, bool truncated, Info info)
    {
        _return += reward;
        _length++;
        if (!terminated && !truncated)
        {
            return info;
        }
        var stats = new EpisodeStats(_return, _length, Stopwatch.GetElapsedTime(_started).TotalSeconds, terminated);
        if (_recent.Count == _capacity)
        {
            _recent.Dequeue();
        }
        _recent.Enqueue(stats);
        EpisodeCount++;
        return info.With(IEpisodeStatisticsSource.InfoKey, stats);
    }
}
