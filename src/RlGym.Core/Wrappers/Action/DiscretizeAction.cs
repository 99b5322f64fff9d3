using RlGym.Core.Spaces;
using RlGym.Core.Wrappers.Observation;

namespace RlGym.Core.Wrappers.Action;

/// <summary>
/// Gymnasium's <c>DiscretizeAction</c> (multidiscrete=False): a float Box action space with finite bounds becomes
/// Discrete(bins^n); digit i of the action in base <c>bins</c> (item 0 most significant) picks one of <c>bins</c> evenly
/// spaced values from low to high, both included. Writes into a buffer of its own: allocates nothing per step.
/// </summary>
internal sealed class DiscretizeAction<TObs> : ActionWrapper<TObs, int, float[]>
{
    private readonly Box<float> _inner;
    private readonly float[] _action;
    private readonly int _bins;

    public DiscretizeAction(IEnvironment<TObs, float[]> inner, int bins) : base(inner)
    {
        _inner = BoxOf.Require<float>(inner.ActionSpace, "DiscretizeAction");
        BoxOf.RequireFinite(_inner, "DiscretizeAction");
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        double count = Math.Pow(bins, _inner.Size);
        if (count > int.MaxValue)
        {
            throw new ArgumentException($"DiscretizeAction: {bins} bins over the {_inner.Size} items of {_inner} make {count} actions, more than an int holds.", nameof(bins));
        }
        _bins = bins;
        _action = new float[_inner.Size];
        ActionSpace = new Discrete((int)count);
    }

    public override ISpace<int> ActionSpace { get; }

    protected override float[] Action(int action)
    {
        for (int i = _action.Length - 1; i >= 0; i--)
        {
            int digit = action % _bins;
            action /= _bins;
            float low = _inner.Low[i], high = _inner.High[i];
            _action[i] = digit == _bins - 1 ? high : low + (high - low) * digit / (_bins - 1);
        }
        return _action;
    }
}
