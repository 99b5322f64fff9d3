namespace RlGym.Core.Vector;

/// <summary>
/// What <see cref="IAsyncVectorEnvironment{TObs,TAction}.Receive"/> returns: one entry per finished copy, in the order
/// they finished, each with the copy's id. The spans point into the vector's own buffers, valid until the next receive.
/// </summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
public readonly struct AsyncVectorBatch<TObs>
{
    private readonly int[] _envIds;
    private readonly TObs[] _observations;
    private readonly byte[][] _bytes;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;

    internal AsyncVectorBatch(int[] envIds, TObs[] observations, byte[][] bytes, double[] rewards, bool[] terminated, bool[] truncated, Info[] infos)
    {
        _envIds = envIds;
        _observations = observations;
        _bytes = bytes;
        _rewards = rewards;
        _terminated = terminated;
        _truncated = truncated;
        _infos = infos;
    }

    /// <summary>How many entries (the vector's batch size).</summary>
    public int Count => _envIds?.Length ?? 0;

    /// <summary>The id of the copy of each entry.</summary>
    public ReadOnlySpan<int> EnvIds => _envIds;

    /// <summary>
    /// The observation of each entry. Empty when the vector gives observations as bytes and the observation type is
    /// not <c>byte[]</c>: read <see cref="ObservationBytes"/> then.
    /// </summary>
    public ReadOnlySpan<TObs> Observations => _observations;

    /// <summary>The reward of each entry (0 for a reset).</summary>
    public ReadOnlySpan<double> Rewards => _rewards;

    /// <summary>Whether each entry's copy reached a terminal state.</summary>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <summary>Whether each entry's copy was truncated.</summary>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>The info of each entry.</summary>
    public ReadOnlySpan<Info> Infos => _infos;

    /// <summary>The observation of entry <paramref name="index"/> as the bytes the copy's allocation-free step wrote.</summary>
    /// <exception cref="InvalidOperationException">When the vector does not give observations as bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="index"/> is not an entry's.</exception>
    public ReadOnlySpan<byte> ObservationBytes(int index)
    {
        if (_bytes is null || _bytes.Length == 0)
        {
            throw new InvalidOperationException("This vector gives observations as objects (Observations), not as bytes; create it with observationBytes: true.");
        }
        if ((uint)index >= (uint)_bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch has {_bytes.Length} entries.");
        }
        return _bytes[index];
    }
}
