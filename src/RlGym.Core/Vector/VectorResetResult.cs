namespace RlGym.Core.Vector;

/// <summary>What a vector reset returns; the spans point into the vector's own buffers.</summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
public readonly struct VectorResetResult<TObs>
{
    private readonly TObs[] _observations;
    private readonly Info[] _infos;

    /// <summary>Wraps the vector's buffers.</summary>
    public VectorResetResult(TObs[] observations, Info[] infos)
    {
        _observations = observations;
        _infos = infos;
    }

    /// <summary>The observation of each copy (unchanged for copies the mask left alone).</summary>
    public ReadOnlySpan<TObs> Observations => _observations;

    /// <summary>The info of each copy.</summary>
    public ReadOnlySpan<Info> Infos => _infos;

    /// <summary>The same result over other observations (for vector wrappers; the array is kept, not copied).</summary>
    public VectorResetResult<TOut> WithObservations<TOut>(TOut[] observations) => new(observations, _infos);

    /// <summary>The same result over other infos (for vector wrappers; the array is kept, not copied).</summary>
    public VectorResetResult<TObs> WithInfos(Info[] infos) => new(_observations, infos);
}
