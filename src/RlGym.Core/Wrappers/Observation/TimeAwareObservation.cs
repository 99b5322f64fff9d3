using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>TimeAwareObservation</c> with <c>flatten=True</c>: the flattened observation with the number of steps
/// taken in the episode appended, or that number over <c>maxEpisodeSteps</c> with <c>normalizeTime</c>. The limit is
/// the spec's <c>MaxEpisodeSteps</c> unless one is given. Each returned array is new.
/// </summary>
internal sealed class TimeAwareObservation<TObs, TAction> : ObservationWrapper<TObs, float[], TAction>
{
    private readonly ISpace<TObs> _inner;
    private readonly int _flatDim;
    private readonly int _maxSteps;
    private readonly bool _normalize;
    private int _steps;

    public TimeAwareObservation(IEnvironment<TObs, TAction> inner, int? maxEpisodeSteps, bool normalizeTime) : base(inner)
    {
        _maxSteps = maxEpisodeSteps ?? inner.Spec?.MaxEpisodeSteps ?? throw new ArgumentException(
            $"TimeAwareObservation needs the episode's step limit: {inner.Spec?.Id ?? inner.GetType().Name} has no MaxEpisodeSteps in its spec; pass maxEpisodeSteps.",
            nameof(maxEpisodeSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(_maxSteps, 1, nameof(maxEpisodeSteps));
        _inner = inner.ObservationSpace;
        _normalize = normalizeTime;
        var flat = SpaceFlattening.FlattenSpace(_inner);
        _flatDim = flat.Size;
        ObservationSpace = new Box<float>(
            [.. flat.Low, 0f], [.. flat.High, normalizeTime ? 1f : _maxSteps], _flatDim + 1);
    }

    public override ISpace<float[]> ObservationSpace { get; }

    public override ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _steps = 0;
        return base.Reset(seed, options);
    }

    public override StepResult<float[]> Step(TAction action)
    {
        _steps++;
        return base.Step(action);
    }

    protected override float[] Observation(TObs observation)
    {
        var flat = new float[_flatDim + 1];
        SpaceFlattening.Flatten(_inner, observation, flat.AsSpan(0, _flatDim));
        flat[_flatDim] = _normalize ? Math.Min(1f, (float)_steps / _maxSteps) : Math.Min(_steps, _maxSteps);
        return flat;
    }
}
