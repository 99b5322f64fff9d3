using System.Diagnostics;
using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>
/// Gymnasium's vector <c>RecordEpisodeStatistics</c>: tracks each copy's return and length and, at the step an episode
/// of copy i ends, adds <c>info["episode"]</c> (an <see cref="EpisodeStats"/>) to copy i's info and keeps the last
/// <c>bufferLength</c> episodes. Under next-step autoreset the reset step that follows is not counted. Allocates only at
/// the end of an episode (the info that carries it).
/// </summary>
internal sealed class VectorRecordEpisodeStatistics<TObs, TAction> : VectorWrapper<TObs, TAction>, IEpisodeStatisticsSource
{
    private readonly Queue<EpisodeStats> _recent;
    private readonly int _capacity;
    private readonly double[] _returns;
    private readonly int[] _lengths;
    private readonly long[] _started;
    private readonly bool[] _ended;
    private readonly Info[] _infos;

    public VectorRecordEpisodeStatistics(IVectorEnvironment<TObs, TAction> inner, int bufferLength) : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferLength, 1);
        _capacity = bufferLength;
        _recent = new Queue<EpisodeStats>(bufferLength);
        _returns = new double[inner.Count];
        _lengths = new int[inner.Count];
        _started = new long[inner.Count];
        _ended = new bool[inner.Count];
        _infos = new Info[inner.Count];
    }

    public IReadOnlyCollection<EpisodeStats> RecentEpisodes => _recent;

    public int EpisodeCount { get; private set; }

    public override VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        var result = Inner.Reset(seed, options, mask);
        long now = Stopwatch.GetTimestamp();
        for (int i = 0; i < _returns.Length; i++)
        {
            if (mask.Length == 0 || mask[i])
            {
                _returns[i] = 0;
                _lengths[i] = 0;
                _started[i] = now;
                _ended[i] = false;
            }
        }
        return result;
    }

    public override VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        var result = Inner.Step(actions);
        var infos = result.Infos;
        bool changed = false;
        for (int i = 0; i < _returns.Length; i++)
        {
            _infos[i] = infos[i];
            if (_ended[i])
            {
                // The episode ended last step: this step is its reset (next-step autoreset) or the first of a new one.
                _returns[i] = 0;
                _lengths[i] = 0;
                _started[i] = Stopwatch.GetTimestamp();
                _ended[i] = false;
                if (Autoreset == AutoresetMode.NextStep)
                {
                    continue;
                }
            }
            _returns[i] += result.Rewards[i];
            _lengths[i]++;
            if (result.Terminated[i] || result.Truncated[i])
            {
                var stats = new EpisodeStats(_returns[i], _lengths[i], Stopwatch.GetElapsedTime(_started[i]).TotalSeconds, result.Terminated[i]);
                if (_recent.Count == _capacity)
                {
                    _recent.Dequeue();
                }
                _recent.Enqueue(stats);
                EpisodeCount++;
                _infos[i] = infos[i].With(IEpisodeStatisticsSource.InfoKey, stats);
                _ended[i] = true;
                changed = true;
            }
        }
        return changed ? result.WithInfos(_infos) : result;
    }
}
