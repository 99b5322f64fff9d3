namespace RlGym.Agents.Ppo.Normalization;

/// <summary>
/// Running mean and variance of a vector of numbers, updated a batch at a time with Chan et al.'s parallel formula
/// (the statistics of Gymnasium's NormalizeObservation and NormalizeReward). Deterministic: the same batches in the
/// same order give the same numbers.
/// </summary>
internal sealed class RunningMeanStd
{
    private readonly double[] _mean;
    private readonly double[] _variance;
    private readonly double[] _batchMean;
    private readonly double[] _batchM2;

    public RunningMeanStd(int size)
    {
        _mean = new double[size];
        _variance = new double[size];
        Array.Fill(_variance, 1.0);
        _batchMean = new double[size];
        _batchM2 = new double[size];
        Count = 1e-4;
    }

    /// <summary>How many items each statistic has seen (starting at Gymnasium's 1e-4).</summary>
    public double Count { get; private set; }

    /// <summary>The running means.</summary>
    public double[] Mean => _mean;

    /// <summary>The running (population) variances.</summary>
    public double[] Variance => _variance;

    /// <summary>Adds <paramref name="rows"/> rows of <see cref="Mean"/>'s length, skipping the items <paramref name="skip"/> flags.</summary>
    public void Update(ReadOnlySpan<float> rows, int count, ReadOnlySpan<bool> skip = default)
    {
        int size = _mean.Length;
        if (count == 0)
        {
            return;
        }
        Array.Clear(_batchMean);
        Array.Clear(_batchM2);
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
                _batchM2[i] += d * d;
            }
        }
        double total = Count + count;
        for (int i = 0; i < size; i++)
        {
            if (skip.Length > 0 && skip[i])
            {
                continue;
            }
            double delta = _batchMean[i] - _mean[i];
            _mean[i] += delta * count / total;
            double m2 = _variance[i] * Count + _batchM2[i] + delta * delta * Count * count / total;
            _variance[i] = m2 / total;
        }
        Count = total;
    }

    /// <summary>Writes the statistics.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_mean.Length);
        writer.Write(Count);
        foreach (double m in _mean)
        {
            writer.Write(m);
        }
        foreach (double v in _variance)
        {
            writer.Write(v);
        }
    }

    /// <summary>Reads statistics written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">When the stored length differs or a number is not finite.</exception>
    public static RunningMeanStd Read(BinaryReader reader, string source)
    {
        int size = reader.ReadInt32();
        if (size is < 0 or > 100_000_000)
        {
            throw new InvalidDataException($"'{source}' stores normalisation statistics of {size} items.");
        }
        var stats = new RunningMeanStd(size) { Count = reader.ReadDouble() };
        for (int i = 0; i < size; i++)
        {
            stats._mean[i] = reader.ReadDouble();
        }
        for (int i = 0; i < size; i++)
        {
            stats._variance[i] = reader.ReadDouble();
        }
        if (!double.IsFinite(stats.Count) || stats._mean.Any(v => !double.IsFinite(v)) || stats._variance.Any(v => !double.IsFinite(v) || v < 0))
        {
            throw new InvalidDataException($"'{source}' stores normalisation statistics that are not finite.");
        }
        return stats;
    }
}
