namespace RlGym.Core.Spaces;

/// <summary>Arrays of 0/1 bytes of a fixed shape (Gymnasium's <c>MultiBinary(n)</c>).</summary>
public sealed class MultiBinary : ArraySpace<byte>
{
    /// <summary>Creates the space of binary arrays of the given shape.</summary>
    /// <exception cref="ArgumentException">When the shape is empty or has a non-positive dimension.</exception>
    public MultiBinary(params int[] shape) : base(shape)
    {
        if (shape.Length == 0 || Array.Exists(shape, d => d <= 0))
        {
            throw new ArgumentException($"MultiBinary needs a shape of positive dimensions, got ({string.Join(", ", shape)}).", nameof(shape));
        }
    }

    /// <inheritdoc />
    public override bool Contains(byte[] value) => value is not null && value.Length == Size && !value.AsSpan().ContainsAnyExcept((byte)0, (byte)1);

    /// <inheritdoc />
    public override byte[] Sample()
    {
        var value = new byte[Size];
        for (int i = 0; i < value.Length; i++)
        {
            value[i] = (byte)(Rng.NextUInt64() >> 63);
        }
        return value;
    }

    /// <inheritdoc />
    public override string ToString() => $"MultiBinary({(Shape.Count == 1 ? Shape[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : ShapeText)})";
}
