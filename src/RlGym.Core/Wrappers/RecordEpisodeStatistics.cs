using System.Diagnostics;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Adds <c>info["episode"]</c> (an <see cref="EpisodeStats"/>) to the last step of every episode, and keeps
/// the statistics of the most recent episodes (Gymnasium's <c>RecordEpisodeStatistics</c>).
/// </summary>
internal sealed class RecordEpisodeStatistics<TObs, TAction> : Wrapper<TObs, TAction>, IEpisodeStatisticsSource
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
        _return = 0;
        _length = 0;
        _started = Stopwatch.GetTimestamp();
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        _return += result.Reward;
        _length++;
        if (!result.Terminated && !result.Truncated)
        {
            return result;
        }
        var stats = new EpisodeStats(_return, _length, Stopwatch.GetElapsedTime(_started).TotalSeconds, result.Terminated);
        if (_recent.Count == _capacity)
        {
            _recent.Dequeue();
        }
        _recent.Enqueue(stats);
        EpisodeCount++;
        return result with { Info = result.Info.With(IEpisodeStatisticsSource.InfoKey, stats) };
    }
}
