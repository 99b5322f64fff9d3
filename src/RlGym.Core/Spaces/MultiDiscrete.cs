namespace RlGym.Core.Spaces;

/// <summary>
/// Several discrete choices at once (Gymnasium's <c>MultiDiscrete(nvec, start)</c>): item i lies in
/// [start[i], start[i] + nvec[i]).
/// </summary>
public sealed class MultiDiscrete : ArraySpace<int>
{
    private readonly int[] _nvec;
    private readonly int[] _start;

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

    /// <inheritdoc />
    public override string ToString() => $"MultiDiscrete([{string.Join(", ", _nvec)}])";
}
