using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>DiscretizeObservation</c> (multidiscrete=False): cuts each item of a float Box with finite bounds into
/// <c>bins</c> equal intervals and numbers the combination, item 0 most significant, as one Discrete(bins^n) value
/// (the highest bound falls in the last bin). Allocates nothing per step.
/// </summary>
internal sealed class DiscretizeObservation<TAction> : ObservationWrapper<float[], int, TAction>
{
    private readonly Box<float> _box;
    private readonly int _bins;

    public DiscretizeObservation(IEnvironment<float[], TAction> inner, int bins) : base(inner)
    {
        _box = BoxOf.Require<float>(inner.ObservationSpace, "DiscretizeObservation");
        BoxOf.RequireFinite(_box, "DiscretizeObservation");
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        double count = Math.Pow(bins, _box.Size);
        if (count > int.MaxValue)
        {
            throw new ArgumentException($"DiscretizeObservation: {bins} bins over the {_box.Size} items of {_box} make {count} values, more than an int holds.", nameof(bins));
        }
        _bins = bins;
        ObservationSpace = new Discrete((int)count);
    }

    public override ISpace<int> ObservationSpace { get; }

    protected override int Observation(float[] observation)
    {
        int index = 0;
        for (int i = 0; i < observation.Length; i++)
        {
            float low = _box.Low[i], high = _box.High[i];
            int bin = high > low ? (int)Math.Floor((observation[i] - low) / (high - low) * _bins) : 0;
            index = index * _bins + Math.Clamp(bin, 0, _bins - 1);
        }
        return index;
    }
}
