using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>ReshapeObservation</c>: gives a Box observation another shape of the same size. Observations are
/// row-major flat arrays, so only the space changes: the arrays pass through and nothing is allocated.
/// </summary>
internal sealed class ReshapeObservation<T, TAction> : Wrapper<T[], TAction>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    public ReshapeObservation(IEnvironment<T[], TAction> inner, int[] shape) : base(inner)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var box = BoxOf.Require<T>(inner.ObservationSpace, "ReshapeObservation");
        long size = shape.Aggregate(1L, (a, d) => a * d);
        if (shape.Length == 0 || Array.Exists(shape, d => d <= 0) || size != box.Size)
        {
            throw new ArgumentException($"ReshapeObservation: shape ({string.Join(", ", shape)}) does not hold the {box.Size} items of {box}.", nameof(shape));
        }
        ObservationSpace = new Box<T>(box.Low.ToArray(), box.High.ToArray(), shape);
    }

    public override ISpace<T[]> ObservationSpace { get; }
}
