using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>FlattenObservation</c>: every observation becomes its flattened float array
/// (<see cref="SpaceFlattening"/>) in <see cref="SpaceFlattening.FlattenSpace"/>. Each returned array is new.
/// </summary>
internal sealed class FlattenObservation<TObs, TAction> : ObservationWrapper<TObs, float[], TAction>
{
    private readonly ISpace<TObs> _inner;

    public FlattenObservation(IEnvironment<TObs, TAction> inner) : base(inner)
    {
        _inner = inner.ObservationSpace;
        ObservationSpace = SpaceFlattening.FlattenSpace(_inner);
    }

    public override ISpace<float[]> ObservationSpace { get; }

    protected override float[] Observation(TObs observation) => SpaceFlattening.Flatten(_inner, observation);
}
