using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Normalises float observations to roughly zero mean and unit variance with running statistics (Gymnasium's
/// <c>NormalizeObservation</c>): <c>(obs - mean) / sqrt(var + epsilon)</c>, the statistics updated with each observation
/// first unless frozen. Each returned observation is a new array.
/// </summary>
internal sealed class NormalizeObservation<TAction> : Wrapper<float[], TAction>, IObservationNormalizer
{
    private readonly Box<float> _space;
    private readonly RunningMeanStd _statistics;
    private readonly double _epsilon;

    public NormalizeObservation(IEnvironment<float[], TAction> inner, double epsilon) : base(inner)
    {
        if (inner.ObservationSpace is not Box<float> box)
        {
            throw new ArgumentException($"NormalizeObservation needs a Box<float> observation space; {inner.GetType().Name} has {inner.ObservationSpace}.", nameof(inner));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(epsilon);
        _space = new Box<float>(float.NegativeInfinity, float.PositiveInfinity, [.. box.Shape]);
        _statistics = new RunningMeanStd(box.Size);
        _epsilon = epsilon;
    }

    public override ISpace<float[]> ObservationSpace => _space;

    public bool UpdateStatistics { get; set; } = true;

    public double Count => _statistics.Count;

    public ReadOnlySpan<double> Mean => _statistics.Mean;

    public double Variance(int index) => _statistics.Variance[index];

    public RunningMeanStdState State => _statistics.State;

    public void Restore(RunningMeanStdState state) => _statistics.Restore(state);

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
            _statistics.Update(observation);
        }
        var normalized = new float[observation.Length];
        Normalization.Apply(_statistics, observation, normalized, _epsilon);
        return normalized;
    }
}
