using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// Finite sequences of any length whose items lie in one space (Gymnasium's <c>Sequence(space)</c>): elements are
/// arrays of items. A random element has a length drawn from a geometric distribution with p = 0.25 (lengths 1, 2, ...,
/// mean 4), as Gymnasium's <c>sample()</c> does; the item space is seeded with the seed derived for index 0. A
/// sequence has no fixed size, so it cannot be flattened (<see cref="SpaceFlattening"/> throws, as Gymnasium's
/// <c>flatdim</c> does).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class SequenceSpace<T> : Space<T[]>
{
    /// <summary>Creates the space of sequences of items of <paramref name="item"/>.</summary>
    public SequenceSpace(ISpace<T> item) => Item = item ?? throw new ArgumentNullException(nameof(item));

    /// <summary>The space every item lies in (Gymnasium's <c>feature_space</c>).</summary>
    public ISpace<T> Item { get; }

    /// <inheritdoc />
    public override void Seed(ulong seed)
    {
        base.Seed(seed);
        Item.Seed(Rng.DeriveSeed(seed, 0));
    }

    /// <inheritdoc />
    public override bool Contains(T[] value)
    {
        if (value is null)
        {
            return false;
        }
        foreach (T item in value)
        {
            if (!Item.Contains(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A sequence of geometrically distributed length (p = 0.25) of random items.</summary>
    public override T[] Sample()
    {
        int length = 1;
        while (Rng.NextDouble() >= 0.25)
        {
            length++;
        }
        return Sample(length);
    }

    /// <summary>A sequence of exactly <paramref name="length"/> random items (Gymnasium's <c>sample(mask=(length, None))</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the length is negative.</exception>
    public T[] Sample(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var value = new T[length];
        for (int i = 0; i < length; i++)
        {
            value[i] = Item.Sample();
        }
        return value;
    }

    /// <inheritdoc />
    public override bool ValuesEqual(T[] a, T[] b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (!Item.ValuesEqual(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override T[] Copy(T[] value) => value is null ? value! : [.. value.Select(Item.Copy)];

    /// <inheritdoc />
    protected override string FormatValue(T[] value) =>
        value is null ? "null" : "(" + string.Join(", ", value.Take(16).Select(v => Item.Format(v))) + (value.Length > 16 ? $", ... ({value.Length} items))" : ")");

    /// <inheritdoc />
    public override string ToString() => $"Sequence({Item}, stack=False)";
}
