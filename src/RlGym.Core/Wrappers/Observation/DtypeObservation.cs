using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>Gymnasium's <c>DtypeObservation</c>: converts a Box observation's items to another number type (saturating). Each returned array is new.</summary>
internal sealed class DtypeObservation<TIn, TOut, TAction> : ObservationWrapper<TIn[], TOut[], TAction>
    where TIn : unmanaged, INumber<TIn>, IMinMaxValue<TIn>
    where TOut : unmanaged, INumber<TOut>, IMinMaxValue<TOut>
{
    public DtypeObservation(IEnvironment<TIn[], TAction> inner) : base(inner)
    {
        var box = BoxOf.Require<TIn>(inner.ObservationSpace, "DtypeObservation");
        ObservationSpace = new Box<TOut>(Convert(box.Low), Convert(box.High), [.. box.Shape]);
    }

    public override ISpace<TOut[]> ObservationSpace { get; }

    protected override TOut[] Observation(TIn[] observation) => Convert(observation);

    private static TOut[] Convert(ReadOnlySpan<TIn> items)
    {
        var converted = new TOut[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            converted[i] = TOut.CreateSaturating(items[i]);
        }
        return converted;
    }
}
