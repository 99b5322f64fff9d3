namespace RlGym.Core.Spaces;

/// <summary>Arrays of 0/1 bytes of a fixed shape (Gymnasium's <c>MultiBinary(n)</c>).</summary>
public sealed class MultiBinary : ArraySpace<byte>, IFlattenableSpace<byte[]>
{
    private Box<float>? _flatSpace;

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

    /// <summary>The number of items: a value flattens as it is.</summary>
    public int FlatDim => Size;

    /// <summary>Box(0, 1, (size,), float32).</summary>
    public Box<float> FlatSpace => _flatSpace ??= new Box<float>(0f, 1f, Size);

    /// <summary>Writes the items as 0 and 1 floats; allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination does not hold <see cref="FlatDim"/> floats.</exception>
    public void Flatten(byte[] value, Span<float> destination)
    {
        FlatChecks.Length(this, Size, destination.Length, nameof(destination));
        FlatChecks.Member(this, value);
        for (int i = 0; i < value.Length; i++)
        {
            destination[i] = value[i];
        }
    }

    /// <summary>The value whose item i is 1 where <paramref name="flat"/> is nonzero.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold <see cref="FlatDim"/> floats.</exception>
    public byte[] Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, Size, flat.Length, nameof(flat));
        var value = new byte[Size];
        for (int i = 0; i < value.Length; i++)
        {
            value[i] = flat[i] != 0f ? (byte)1 : (byte)0;
        }
        return value;
    }

    /// <inheritdoc />
    public override string ToString() => $"MultiBinary({(Shape.Count == 1 ? Shape[0].ToString(System.Globalization.CultureInfo.InvariantCulture) : ShapeText)})";
}
