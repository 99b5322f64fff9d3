namespace RlGym.Core.Spaces;

/// <summary>
/// Several discrete choices at once (Gymnasium's <c>MultiDiscrete(nvec, start)</c>): item i lies in
/// [start[i], start[i] + nvec[i]).
/// </summary>
public sealed class MultiDiscrete : ArraySpace<int>, IFlattenableSpace<int[]>
{
    private readonly int[] _nvec;
    private readonly int[] _start;
    private Box<float>? _flatSpace;

    /// <summary>Creates the space; <paramref name="start"/> defaults to zeros.</summary>
    /// <exception cref="ArgumentException">When a count is not positive or the start has another length.</exception>
    public MultiDiscrete(int[] nvec, int[]? start = null) : base([nvec?.Length ?? 0])
    {
        ArgumentNullException.ThrowIfNull(nvec);
        if (nvec.Length == 0 || Array.Exists(nvec, n => n <= 0))
        {
            throw new ArgumentException($"MultiDiscrete needs at least one count and every count > 0, got [{string.Join(", ", nvec)}].", nameof(nvec));
        }
        start ??= new int[nvec.Length];
        if (start.Length != nvec.Length)
        {
            throw new ArgumentException($"start has {start.Length} items; nvec has {nvec.Length}.", nameof(start));
        }
        _nvec = (int[])nvec.Clone();
        _start = (int[])start.Clone();
        FlatDim = nvec.Sum();
    }

    /// <summary>The number of choices of each item.</summary>
    public ReadOnlySpan<int> NVec => _nvec;

    /// <summary>The smallest value of each item.</summary>
    public ReadOnlySpan<int> Start => _start;

    /// <inheritdoc />
    public override bool Contains(int[] value)
    {
        if (value is null || value.Length != _nvec.Length)
        {
            return false;
        }
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] < _start[i] || value[i] - _start[i] >= _nvec[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override int[] Sample()
    {
        var value = new int[_nvec.Length];
        for (int i = 0; i < value.Length; i++)
        {
            value[i] = _start[i] + Rng.NextInt(_nvec[i]);
        }
        return value;
    }

    /// <summary>The sum of the counts: a value flattens to one one-hot vector per item, concatenated.</summary>
    public int FlatDim { get; }

    /// <summary>Box(0, 1, (sum of counts,), float32).</summary>
    public Box<float> FlatSpace => _flatSpace ??= new Box<float>(0f, 1f, FlatDim);

    /// <summary>Writes one one-hot vector per item, concatenated; allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination does not hold <see cref="FlatDim"/> floats.</exception>
    public void Flatten(int[] value, Span<float> destination)
    {
        FlatChecks.Length(this, FlatDim, destination.Length, nameof(destination));
        FlatChecks.Member(this, value);
        destination.Clear();
        int offset = 0;
        for (int i = 0; i < _nvec.Length; i++)
        {
            destination[offset + value[i] - _start[i]] = 1f;
            offset += _nvec[i];
        }
    }

    /// <summary>The value whose item i is given by the first nonzero entry of segment i.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold <see cref="FlatDim"/> floats or a segment has no nonzero entry.</exception>
    public int[] Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, FlatDim, flat.Length, nameof(flat));
        var value = new int[_nvec.Length];
        int offset = 0;
        for (int i = 0; i < _nvec.Length; i++)
        {
            value[i] = _start[i] + FlatChecks.Hot(this, flat.Slice(offset, _nvec[i]));
            offset += _nvec[i];
        }
        return value;
    }

    /// <inheritdoc />
    public override string ToString() => $"MultiDiscrete([{string.Join(", ", _nvec)}])";
}
