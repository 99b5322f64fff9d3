using System.Text;

namespace RlGym.Core.Spaces;

/// <summary>Base class of spaces whose elements are flat arrays (row-major over <see cref="Shape"/>).</summary>
/// <typeparam name="TItem">The item type of the arrays.</typeparam>
public abstract class ArraySpace<TItem> : Space<TItem[]>
    where TItem : IEquatable<TItem>
{
    private readonly int[] _shape;

    /// <summary>Creates an array space of the given shape.</summary>
    /// <exception cref="ArgumentException">When a dimension is negative.</exception>
    protected ArraySpace(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        _shape = [.. shape];
        long size = 1;
        foreach (int d in _shape)
        {
            if (d < 0)
            {
                throw new ArgumentException($"Shape ({string.Join(", ", _shape)}) has a negative dimension.", nameof(shape));
            }
            size *= d;
        }
        Size = checked((int)size);
    }

    /// <inheritdoc />
    public override IReadOnlyList<int> Shape => _shape;

    /// <summary>The number of items in one element (the product of the shape).</summary>
    public int Size { get; }

    /// <inheritdoc />
    public override bool ValuesEqual(TItem[] a, TItem[] b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b));

    /// <inheritdoc />
    public override TItem[] Copy(TItem[] value) => (TItem[])value.Clone();

    /// <summary>The shape in Gymnasium's tuple notation, such as <c>(4,)</c> or <c>(120, 160, 3)</c>.</summary>
    protected string ShapeText => _shape.Length == 1 ? $"({_shape[0]},)" : $"({string.Join(", ", _shape)})";

    /// <inheritdoc />
    protected override string FormatValue(TItem[] value)
    {
        if (value is null)
        {
            return "null";
        }
        var text = new StringBuilder("[");
        int shown = Math.Min(value.Length, 16);
        for (int i = 0; i < shown; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(value[i]);
        }
        return text.Append(value.Length > shown ? $", ... ({value.Length} items)]" : "]").ToString();
    }
}
