using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Normalises float observations to zero mean and unit variance with running statistics (Gymnasium's
/// <c>NormalizeObservation</c>; Chan et al.'s parallel update, one observation at a time).
/// </summary>
internal sealed class NormalizeObservation<TAction> : Wrapper<float[], TAction>, IObservationNormalizer
{
    private readonly Box<float> _space;
    private readonly double[] _mean;
    private readonly double[] _m2;
    private readonly double _epsilon;

    public NormalizeObservation(IEnvironment<float[], TAction> inner, double epsilon) : base(inner)
    {
        if (inner.ObservationSpace is not Box<float> box)
        {
            throw new ArgumentException($"NormalizeObservation needs a Box<float> observation space; {inner.GetType().Name} has {inner.ObservationSpace}.", nameof(inner));
        }
        _space = new Box<float>(float.NegativeInfinity, float.PositiveInfinity, [.. box.Shape]);
        _mean = new double[box.Size];
        _m2 = new double[box.Size];
        _epsilon = epsilon;
    }

    public override ISpace<float[]> ObservationSpace => _space;

    public bool UpdateStatistics { get; set; } = true;

    public long Count { get; private set; }

    public ReadOnlySpan<double> Mean => _mean;

    public double Variance(int index) => Count < 1 ? 1.0 : _m2[index] / Count;

    public override ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        return result with { Observation = Normalize(result.Observation) };
    }

    public override StepResult<float[]> Step(TAction action)
    {
        var result = Inner.Step(action);
        return result with { Observation = Normalize(result.Observation) };
    }

    private float[] Normalize(float[] observation)
    {
        if (UpdateStatistics)
        {
            Count++;
            for (int i = 0; i < _mean.Length; i++)
            {
                double delta = observation[i] - _mean[i];
                _mean[i] += delta / Count;
                _m2[i] += delta * (observation[i] - _mean[i]);
            }
        }
        var normalized = new float[observation.Length];
        for (int i = 0; i < normalized.Length; i++)
        {
            normalized[i] = (float)((observation[i] - _mean[i]) / Math.Sqrt(Variance(i) + _epsilon));
        }
        return normalized;
    }
}
