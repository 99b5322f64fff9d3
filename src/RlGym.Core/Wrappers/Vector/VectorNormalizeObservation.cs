using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>
/// Gymnasium's vector <c>NormalizeObservation</c>: the statistics are updated with the batch of observations (unless
/// frozen), then every observation becomes <c>(obs - mean) / sqrt(var + epsilon)</c>. The normalised arrays are the
/// wrapper's own, reused on every call (valid until the next one, like every vector buffer); allocates nothing per step.
/// </summary>
internal sealed class VectorNormalizeObservation<TAction> : VectorWrapper<float[], TAction>, IObservationNormalizer
{
    private readonly Box<float> _space;
    private readonly RunningMeanStd _statistics;
    private readonly float[][] _observations;
    private readonly double _epsilon;

    public VectorNormalizeObservation(IVectorEnvironment<float[], TAction> inner, double epsilon) : base(inner)
    {
        if (inner.SingleObservationSpace is not Box<float> box)
        {
            throw new ArgumentException($"NormalizeObservation needs a Box<float> observation space; the vector has {inner.SingleObservationSpace}.", nameof(inner));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        _space = new Box<float>(float.NegativeInfinity, float.PositiveInfinity, [.. box.Shape]);
        _statistics = new RunningMeanStd(box.Size);
        _observations = new float[inner.Count][];
        for (int i = 0; i < _observations.Length; i++)
        {
            _observations[i] = new float[box.Size];
        }
        _epsilon = epsilon;
    }

    public override ISpace<float[]> SingleObservationSpace => _space;

    public bool UpdateStatistics { get; set; } = true;

    double IObservationNormalizer.Count => _statistics.Count;

    public ReadOnlySpan<double> Mean => _statistics.Mean;

    public double Variance(int index) => _statistics.Variance[index];

    public RunningMeanStdState State => _statistics.State;

    public void Restore(RunningMeanStdState state) => _statistics.Restore(state);

    public override VectorResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        var result = Inner.Reset(seed, options, mask);
        Normalize(result.Observations);
        return result.WithObservations(_observations);
    }

    public override VectorStepResult<float[]> Step(ReadOnlySpan<TAction> actions)
    {
        var result = Inner.Step(actions);
        Normalize(result.Observations);
        return result.WithObservations(_observations);
    }

    private void Normalize(ReadOnlySpan<float[]> observations)
    {
        if (UpdateStatistics)
        {
            _statistics.Update(observations);
        }
        for (int i = 0; i < observations.Length; i++)
        {
            Normalization.Apply(_statistics, observations[i], _observations[i], _epsilon);
        }
    }
}
