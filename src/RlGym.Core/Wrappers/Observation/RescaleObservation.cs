using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>RescaleObservation</c>: maps a float Box observation with finite bounds linearly onto
/// [<c>min</c>, <c>max</c>] item by item. Each returned array is new.
/// </summary>
internal sealed class RescaleObservation<TAction> : ObservationWrapper<float[], float[], TAction>
{
    private readonly float[] _scale;
    private readonly float[] _offset;
    private readonly Box<float> _space;

    public RescaleObservation(IEnvironment<float[], TAction> inner, float min, float max) : base(inner)
    {
        var box = BoxOf.Require<float>(inner.ObservationSpace, "RescaleObservation");
        BoxOf.RequireFinite(box, "RescaleObservation");
        if (!(min <= max) || !float.IsFinite(min) || !float.IsFinite(max))
        {
            throw new ArgumentException($"RescaleObservation needs finite min <= max, got min={min}, max={max}.");
        }
        _scale = new float[box.Size];
        _offset = new float[box.Size];
        for (int i = 0; i < box.Size; i++)
        {
            float width = box.High[i] - box.Low[i];
            _scale[i] = width == 0 ? 0 : (max - min) / width;
            _offset[i] = min - box.Low[i] * _scale[i];
        }
        _space = new Box<float>(min, max, [.. box.Shape]);
    }

    public override ISpace<float[]> ObservationSpace => _space;

    protected override float[] Observation(float[] observation)
    {
        var scaled = new float[observation.Length];
        for (int i = 0; i < scaled.Length; i++)
        {
            scaled[i] = Math.Clamp(observation[i] * _scale[i] + _offset[i], _space.Low[i], _space.High[i]);
        }
        return scaled;
    }
}
