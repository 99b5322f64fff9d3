using RlGym.Core.Spaces;
using RlGym.Core.Wrappers.Observation;

namespace RlGym.Core.Wrappers.Action;

/// <summary>
/// Gymnasium's <c>RescaleAction</c>: the action space becomes Box(min, max) of the wrapped Box's shape, and each action
/// is mapped linearly onto the wrapped Box's finite bounds. Writes into a buffer of its own: allocates nothing per step.
/// </summary>
internal sealed class RescaleAction<TObs> : ActionWrapper<TObs, float[], float[]>
{
    private readonly Box<float> _inner;
    private readonly float[] _scaled;
    private readonly float _min;
    private readonly float _max;

    public RescaleAction(IEnvironment<TObs, float[]> inner, float min, float max) : base(inner)
    {
        _inner = BoxOf.Require<float>(inner.ActionSpace, "RescaleAction");
        BoxOf.RequireFinite(_inner, "RescaleAction");
        if (!(min < max) || !float.IsFinite(min) || !float.IsFinite(max))
        {
            throw new ArgumentException($"RescaleAction needs finite min < max, got min={min}, max={max}.");
        }
        _min = min;
        _max = max;
        _scaled = new float[_inner.Size];
        ActionSpace = new Box<float>(min, max, [.. _inner.Shape]);
    }

    public override ISpace<float[]> ActionSpace { get; }

    protected override float[] Action(float[] action)
    {
        for (int i = 0; i < _scaled.Length; i++)
        {
            float low = _inner.Low[i], high = _inner.High[i];
            float v = low + (action[i] - _min) * (high - low) / (_max - _min);
            _scaled[i] = Math.Clamp(v, low, high);
        }
        return _scaled;
    }
}
