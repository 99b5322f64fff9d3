namespace RlGym.Core.Vector;

/// <summary>What a vector step returns; the spans point into the vector's own buffers.</summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
public readonly struct VectorStepResult<TObs>
{
    private readonly TObs[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;

    /// <summary>Wraps the vector's buffers.</summary>
    public VectorStepResult(TObs[] observations, double[] rewards, bool[] terminated, bool[] truncated, Info[] infos)
    {
        _observations = observations;
        _rewards = rewards;
        _terminated = terminated;
        _truncated = truncated;
        _infos = infos;
    }

    /// <summary>The observation of each copy.</summary>
    public ReadOnlySpan<TObs> Observations => _observations;

    /// <summary>The reward of each copy.</summary>
    public ReadOnlySpan<double> Rewards => _rewards;

    /// <summary>Whether each copy reached a terminal state.</summary>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <summary>Whether each copy was truncated.</summary>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>The info of each copy.</summary>
    public ReadOnlySpan<Info> Infos => _infos;

    /// <summary>The same result over other observations (for vector wrappers; the array is kept, not copied).</summary>
    public VectorStepResult<TOut> WithObservations<TOut>(TOut[] observations) => new(observations, _rewards, _terminated, _truncated, _infos);

    /// <summary>The same result over other rewards (for vector wrappers; the array is kept, not copied).</summary>
    public VectorStepResult<TObs> WithRewards(double[] rewards) => new(_observations, rewards, _terminated, _truncated, _infos);

    /// <summary>The same result over other infos (for vector wrappers; the array is kept, not copied).</summary>
    public VectorStepResult<TObs> WithInfos(Info[] infos) => new(_observations, _rewards, _terminated, _truncated, infos);
}
