namespace RlGym.Core.Spaces;

/// <summary>
/// Turns any element into numbers, as Gymnasium's <c>flatdim</c>, <c>flatten</c>, <c>unflatten</c> and
/// <c>flatten_space</c> do: Discrete is one-hot, MultiDiscrete concatenated one-hots, MultiBinary as it is, Box its
/// items as floats (row-major), Tuple its parts in order, Dict its parts in ordinal key order (the order Gymnasium's
/// sorted dictionaries have), Text <c>MaxLength</c> character indices padded with the charset's size, OneOf the
/// chosen index then that part padded with zeros. Sequence has no fixed size and throws <see cref="NotSupportedException"/>,
/// as Gymnasium's <c>flatdim</c> does. The span overloads write into a caller-owned buffer and allocate nothing.
/// </summary>
public static class SpaceFlattening
{
    /// <summary>How many floats a flattened element of <paramref name="space"/> takes.</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size (Sequence, or a custom space that does not implement <see cref="IFlattenableSpace"/>).</exception>
    public static int FlatDim(ISpace space) => FlatChecks.Require(space ?? throw new ArgumentNullException(nameof(space))).FlatDim;

    /// <summary>The space of flattened elements: a float box of shape (<see cref="FlatDim"/>,).</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size.</exception>
    public static Box<float> FlattenSpace(ISpace space) => FlatChecks.Require(space ?? throw new ArgumentNullException(nameof(space))).FlatSpace;

    /// <summary>The flattened form of <paramref name="value"/>, as a new array.</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size.</exception>
    /// <exception cref="ArgumentException">When the value is not in the space.</exception>
    public static float[] Flatten<T>(ISpace<T> space, T value)
    {
        var flat = new float[FlatDim(space)];
        Flatten(space, value, flat);
        return flat;
    }

    /// <summary>Writes the flattened form of <paramref name="value"/> into <paramref name="destination"/>, allocating nothing for built-in spaces.</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size.</exception>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination's length is not <see cref="FlatDim"/>.</exception>
    public static void Flatten<T>(ISpace<T> space, T value, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space is IFlattenableSpace<T> typed)
        {
            typed.Flatten(value, destination);
            return;
        }
        FlatChecks.Require(space).FlattenObject(value, destination);
    }

    /// <summary>Writes the flattened form of a boxed element of <paramref name="space"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size.</exception>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination's length is not <see cref="FlatDim"/>.</exception>
    public static void FlattenObject(ISpace space, object? value, Span<float> destination) =>
        FlatChecks.Require(space ?? throw new ArgumentNullException(nameof(space))).FlattenObject(value, destination);

    /// <summary>The element of <paramref name="space"/> whose flattened form is <paramref name="flat"/>.</summary>
    /// <exception cref="NotSupportedException">When the space has no fixed flat size.</exception>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> has the wrong length or holds no valid element.</exception>
    public static T Unflatten<T>(ISpace<T> space, ReadOnlySpan<float> flat)
    {
        ArgumentNullException.ThrowIfNull(space);
        return space is IFlattenableSpace<T> typed ? typed.Unflatten(flat) : (T)FlatChecks.Require(space).UnflattenObject(flat);
    }
}
