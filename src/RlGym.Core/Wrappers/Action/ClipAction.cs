using RlGym.Core.Spaces;
using RlGym.Core.Wrappers.Observation;

namespace RlGym.Core.Wrappers.Action;

/// <summary>
/// Gymnasium's <c>ClipAction</c>: takes any float action of the Box's shape (the action space becomes Box(-inf, inf))
/// and clips it item by item into the wrapped Box's bounds. Clips into a buffer of its own: allocates nothing per step.
/// </summary>
internal sealed class ClipAction<TObs> : ActionWrapper<TObs, float[], float[]>
{
    private readonly Box<float> _inner;
    private readonly float[] _clipped;

    public ClipAction(IEnvironment<TObs, float[]> inner) : base(inner)
    {
        _inner = BoxOf.Require<float>(inner.ActionSpace, "ClipAction");
        _clipped = new float[_inner.Size];
        ActionSpace = new Box<float>(float.NegativeInfinity, float.PositiveInfinity, [.. _inner.Shape]);
    }

    public override ISpace<float[]> ActionSpace { get; }

    protected override float[] Action(float[] action)
    {
        for (int i = 0; i < _clipped.Length; i++)
        {
            _clipped[i] = Math.Clamp(action[i], _inner.Low[i], _inner.High[i]);
        }
        return _clipped;
    }
}
