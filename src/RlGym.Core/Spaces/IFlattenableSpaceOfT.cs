namespace RlGym.Core.Spaces;

/// <summary>The typed form of <see cref="IFlattenableSpace"/>: flattening without boxing, into a buffer the caller owns.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IFlattenableSpace<T> : ISpace<T>, IFlattenableSpace
{
    /// <summary>Writes the flattened form of <paramref name="value"/> into <paramref name="destination"/>; allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the value is not an element of the space or the destination does not hold exactly <see cref="IFlattenableSpace.FlatDim"/> floats.</exception>
    void Flatten(T value, Span<float> destination);

    /// <summary>The element whose flattened form is <paramref name="flat"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold exactly <see cref="IFlattenableSpace.FlatDim"/> floats or holds no valid element.</exception>
    T Unflatten(ReadOnlySpan<float> flat);

    void IFlattenableSpace.FlattenObject(object? value, Span<float> destination)
    {
        if (value is not T typed)
        {
            throw new ArgumentException($"Cannot flatten {value?.GetType().Name ?? "null"} with {this}: its elements are {typeof(T).Name}.", nameof(value));
        }
        Flatten(typed, destination);
    }

    object IFlattenableSpace.UnflattenObject(ReadOnlySpan<float> flat) => Unflatten(flat)!;
}
