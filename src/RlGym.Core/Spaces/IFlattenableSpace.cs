namespace RlGym.Core.Spaces;

/// <summary>
/// A space whose elements can be written as a fixed number of floats (Gymnasium's <c>spaces.utils</c> flatten helpers).
/// Every built-in space but <see cref="SequenceSpace{T}"/> implements it; implement it on your own space to let
/// <see cref="SpaceFlattening"/> and the FlattenObservation wrapper handle it.
/// </summary>
public interface IFlattenableSpace : ISpace
{
    /// <summary>How many floats one flattened element takes (Gymnasium's <c>flatdim</c>).</summary>
    int FlatDim { get; }

    /// <summary>The space of flattened elements (Gymnasium's <c>flatten_space</c>): a float box of shape (<see cref="FlatDim"/>,); the same object on every call.</summary>
    Box<float> FlatSpace { get; }

    /// <summary>Writes the flattened form of the boxed element <paramref name="value"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">When the value is not an element of the space or the destination does not hold exactly <see cref="FlatDim"/> floats.</exception>
    void FlattenObject(object? value, Span<float> destination);

    /// <summary>The element whose flattened form is <paramref name="flat"/>, boxed (Gymnasium's <c>unflatten</c>).</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold exactly <see cref="FlatDim"/> floats or holds no valid element.</exception>
    object UnflattenObject(ReadOnlySpan<float> flat);
}
