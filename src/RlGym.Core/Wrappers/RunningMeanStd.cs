namespace RlGym.Core.Wrappers;

/// <summary>
/// Running mean and variance of a stream of arrays, as Gymnasium's <c>RunningMeanStd</c> keeps them: mean 0, variance 1
/// and count epsilon (1e-4) at the start, then Chan et al.'s parallel update with each batch. Updates allocate nothing.
/// </summary>
public sealed class RunningMeanStd
{
    private readonly double[] _mean;
    private readonly double[] _variance;
    private readonly double[] _batchMean;
    private readonly double[] _batchVariance;

    /// <summary>Creates statistics of arrays of <paramref name="size"/> items.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the size is not positive or epsilon is not a positive number.</exception>
    public RunningMeanStd(int size, double epsilon = 1e-4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (!(epsilon > 0) || !double.IsFinite(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "The initial count must be a positive number.");
        }
        _mean = new double[size];
        _variance = new double[size];
        Array.Fill(_variance, 1.0);
        _batchMean = new double[size];
        _batchVariance = new double[size];
        Count = epsilon;
    }

    /// <summary>How many items each sample holds.</summary>
    public int Size => _mean.Length;

    /// <summary>The number of samples seen plus the initial epsilon.</summary>
    public double Count { get; private set; }

    /// <summary>The running mean of each item.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>The running (population) variance of each item.</summary>
    public ReadOnlySpan<double> Variance => _variance;

    /// <summary>Adds one sample.</summary>
    /// <exception cref="ArgumentException">When the sample does not hold <see cref="Size"/> items.</exception>
    public void Update(ReadOnlySpan<float> sample)
    {
        RequireSize(sample.Length);
        for (int i = 0; i < _mean.Length; i++)
        {
            _batchMean[i] = sample[i];
            _batchVariance[i] = 0;
        }
        Combine(1);
    }

    /// <summary>Adds one batch of samples (Gymnasium's vector wrappers update with the whole batch at once).</summary>
    /// <exception cref="ArgumentException">When a sample does not hold <see cref="Size"/> items.</exception>
    public void Update(ReadOnlySpan<float[]> samples)
    {
        if (samples.Length == 0)
        {
            return;
        }
        Array.Clear(_batchMean);
        Array.Clear(_batchVariance);
        foreach (float[] sample in samples)
        {
            RequireSize(sample.Length);
            for (int i = 0; i < _mean.Length; i++)
            {
                _batchMean[i] += sample[i];
            }
        }
        for (int i = 0; i < _mean.Length; i++)
        {
            _batchMean[i] /= samples.Length;
        }
        foreach (float[] sample in samples)
        {
            for (int i = 0; i < _mean.Length; i++)
            {
                double d = sample[i] - _batchMean[i];
                _batchVariance[i] += d * d;
            }
        }
        for (int i = 0; i < _mean.Length; i++)
        {
            _batchVariance[i] /= samples.Length;
        }
        Combine(samples.Length);
    }

    /// <summary>Adds a batch of scalar samples (for statistics of size 1, such as returns).</summary>
    /// <exception cref="InvalidOperationException">When <see cref="Size"/> is not 1.</exception>
    public void Update(ReadOnlySpan<double> scalars)
    {
        if (Size != 1)
        {
            throw new InvalidOperationException($"Scalar samples need statistics of size 1; these have size {Size}.");
        }
        if (scalars.Length == 0)
        {
            return;
        }
        double mean = 0;
        foreach (double x in scalars)
        {
            mean += x;
        }
        mean /= scalars.Length;
        double variance = 0;
        foreach (double x in scalars)
        {
            variance += (x - mean) * (x - mean);
        }
        _batchMean[0] = mean;
        _batchVariance[0] = variance / scalars.Length;
        Combine(scalars.Length);
    }

    /// <summary>
    /// Adds a batch of <paramref name="count"/> samples laid out one after another in <paramref name="rows"/> (a
    /// learner's batch buffer); the items <paramref name="frozen"/> flags keep their statistics (image pixels a learner
    /// scales instead of normalising, say). The count grows for every item.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="rows"/> holds fewer than <paramref name="count"/> samples, or the mask's length is neither 0 nor <see cref="Size"/>.</exception>
    public void Update(ReadOnlySpan<float> rows, int count, ReadOnlySpan<bool> frozen = default)
    {
        int size = _mean.Length;
        if (rows.Length < (long)count * size || (frozen.Length != 0 && frozen.Length != size))
        {
            throw new ArgumentException($"A batch of {count} samples of {size} items needs {(long)count * size} numbers (got {rows.Length}) and a mask of 0 or {size} items (got {frozen.Length}).");
        }
        if (count == 0)
        {
            return;
        }
        Array.Clear(_batchMean);
        Array.Clear(_batchVariance);
        for (int r = 0; r < count; r++)
        {
            var row = rows.Slice(r * size, size);
            for (int i = 0; i < size; i++)
            {
                _batchMean[i] += row[i];
            }
        }
        for (int i = 0; i < size; i++)
        {
            _batchMean[i] /= count;
        }
        for (int r = 0; r < count; r++)
        {
            var row = rows.Slice(r * size, size);
            for (int i = 0; i < size; i++)
            {
                double d = row[i] - _batchMean[i];
                _batchVariance[i] += d * d;
            }
        }
        for (int i = 0; i < size; i++)
        {
            _batchVariance[i] /= count;
        }
        Combine(count, frozen);
    }

    /// <summary>A copy of the statistics, to save beside a policy.</summary>
    public RunningMeanStdState State => new(Count, [.. _mean], [.. _variance]);

    /// <summary>Replaces the statistics with saved ones.</summary>
    /// <exception cref="ArgumentException">When the state's size differs, its count is not positive, or a variance is negative.</exception>
    public void Restore(RunningMeanStdState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Mean.Count != Size || state.Variance.Count != Size)
        {
            throw new ArgumentException($"The saved statistics have {state.Mean.Count} means and {state.Variance.Count} variances; these statistics have size {Size}.", nameof(state));
        }
        if (!(state.Count > 0) || state.Variance.Any(v => !(v >= 0)))
        {
            throw new ArgumentException($"The saved statistics have count {state.Count} and a variance that is not a non-negative number; count must be positive.", nameof(state));
        }
        Count = state.Count;
        for (int i = 0; i < Size; i++)
        {
            _mean[i] = state.Mean[i];
            _variance[i] = state.Variance[i];
        }
    }

    private void Combine(int batchCount, ReadOnlySpan<bool> frozen = default)
    {
        double total = Count + batchCount;
        for (int i = 0; i < _mean.Length; i++)
        {
            if (frozen.Length > 0 && frozen[i])
            {
                continue;
            }
            double delta = _batchMean[i] - _mean[i];
            double m2 = _variance[i] * Count + _batchVariance[i] * batchCount + delta * delta * Count * batchCount / total;
            _mean[i] += delta * batchCount / total;
            _variance[i] = m2 / total;
        }
        Count = total;
    }

    private void RequireSize(int length)
    {
        if (length != Size)
        {
            throw new ArgumentException($"A sample holds {length} items; these statistics have size {Size}.");
        }
    }
}
