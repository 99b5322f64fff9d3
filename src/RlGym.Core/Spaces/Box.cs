using System.Globalization;
using System.Numerics;

namespace RlGym.Core.Spaces;

/// <summary>
/// A box in R^n (Gymnasium's <c>Box(low, high, shape, dtype)</c>): arrays of the shape given whose items lie
/// between the per-item bounds, both included. Item types are float, double, byte, int and any other number type.
/// </summary>
/// <typeparam name="T">The item type (the dtype).</typeparam>
public sealed class Box<T> : ArraySpace<T>, IFlattenableSpace<T[]>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly T[] _low;
    private readonly T[] _high;
    private Box<float>? _flatSpace;

    /// <summary>True when every item's bounds are its integer type's whole range (a 0-255 byte image): membership is then the length alone.</summary>
    private readonly bool _fullRange;

    /// <summary>Creates a box with the same bounds for every item.</summary>
    public Box(T low, T high, params int[] shape) : this(Fill(low, shape), Fill(high, shape), shape) { }

    /// <summary>Creates a box with per-item bounds (flat, row-major).</summary>
    /// <exception cref="ArgumentException">When a bound's length does not match the shape, a bound is NaN, or low exceeds high.</exception>
    public Box(T[] low, T[] high, params int[] shape) : base(shape)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        if (low.Length != Size || high.Length != Size)
        {
            throw new ArgumentException($"Box bounds have {low.Length} and {high.Length} items; shape {ShapeText} needs {Size}.");
        }
        for (int i = 0; i < Size; i++)
        {
            if (T.IsNaN(low[i]) || T.IsNaN(high[i]) || low[i] > high[i])
            {
                throw new ArgumentException($"Box bound {i} is low={low[i]}, high={high[i]}; low must be a number at most high.");
            }
        }
        _low = (T[])low.Clone();
        _high = (T[])high.Clone();
        _fullRange = IsInteger && Array.TrueForAll(_low, v => v == T.MinValue) && Array.TrueForAll(_high, v => v == T.MaxValue);
    }

    /// <summary>The lower bounds, one per item.</summary>
    public ReadOnlySpan<T> Low => _low;

    /// <summary>The upper bounds, one per item.</summary>
    public ReadOnlySpan<T> High => _high;

    /// <summary>True when the item type is an integer type (bounds are then inclusive integer ranges).</summary>
    /// <remarks>Asks whether one half survives conversion: <c>T.IsInteger(T.One)</c> is true for float types too.</remarks>
    public static bool IsInteger { get; } = T.IsInteger(T.CreateTruncating(0.5));

    /// <inheritdoc />
    public override bool Contains(T[] value)
    {
        if (value is null || value.Length != Size)
        {
            return false;
        }
        if (_fullRange)
        {
            // Every value of the item type is inside: the length (checked above) is the whole test.
            return true;
        }
        for (int i = 0; i < value.Length; i++)
        {
            T v = value[i];
            if (T.IsNaN(v) || v < _low[i] || v > _high[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A random element: uniform on bounded items; for unbounded items, as Gymnasium does, a normal draw
    /// (both sides unbounded) or a shifted exponential draw (one side unbounded).
    /// </summary>
    public override T[] Sample()
    {
        var value = new T[Size];
        SampleInto(value);
        return value;
    }

    /// <summary>Fills <paramref name="destination"/> with a random element, without allocating.</summary>
    public void SampleInto(Span<T> destination)
    {
        if (destination.Length != Size)
        {
            throw new ArgumentException($"The destination has {destination.Length} items; {this} needs {Size}.", nameof(destination));
        }
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = SampleItem(_low[i], _high[i]);
        }
    }

    private T SampleItem(T low, T high)
    {
        if (IsInteger)
        {
            long lo = long.CreateSaturating(low), hi = long.CreateSaturating(high);
            return T.CreateSaturating(Rng.NextLong(lo, hi));
        }
        double l = double.CreateSaturating(low), h = double.CreateSaturating(high);
        bool lowBounded = double.IsFinite(l), highBounded = double.IsFinite(h);
        double draw = (lowBounded, highBounded) switch
        {
            (true, true) => l + (h - l) * Rng.NextDouble(),
            (false, false) => Rng.NextGaussian(),
            (true, false) => l - Math.Log(1.0 - Rng.NextDouble()),
            (false, true) => h + Math.Log(1.0 - Rng.NextDouble()),
        };
        T item = T.CreateSaturating(draw);
        // Rounding to a narrower type can land just outside the bounds: clamp back in.
        return item < low ? low : item > high ? high : item;
    }

    /// <summary>The number of items (Gymnasium's <c>flatdim</c> of a box).</summary>
    public int FlatDim => Size;

    /// <summary>A float box of shape (<see cref="ArraySpace{TItem}.Size"/>,) with the same bounds, row-major.</summary>
    public Box<float> FlatSpace => _flatSpace ??= new Box<float>(ToFloats(_low), ToFloats(_high), Size);

    /// <summary>Writes the items, converted to float, into <paramref name="destination"/> (row-major); allocates nothing.</summary>
    /// <exception cref="ArgumentException">When the value or the destination does not hold <see cref="ArraySpace{TItem}.Size"/> items.</exception>
    public void Flatten(T[] value, Span<float> destination)
    {
        FlatChecks.Length(this, Size, destination.Length, nameof(destination));
        if (value is null || value.Length != Size)
        {
            throw new ArgumentException($"Cannot flatten an array of {value?.Length.ToString(CultureInfo.InvariantCulture) ?? "null"} items with {this}: it needs {Size}.", nameof(value));
        }
        if (typeof(T) == typeof(float))
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(value).CopyTo(destination);
            return;
        }
        for (int i = 0; i < value.Length; i++)
        {
            destination[i] = float.CreateSaturating(value[i]);
        }
    }

    /// <summary>The array whose items are <paramref name="flat"/> converted to the item type (saturating; integer types truncate).</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/> does not hold <see cref="ArraySpace{TItem}.Size"/> floats.</exception>
    public T[] Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, Size, flat.Length, nameof(flat));
        var value = new T[Size];
        for (int i = 0; i < value.Length; i++)
        {
            value[i] = T.CreateSaturating(flat[i]);
        }
        return value;
    }

    private static float[] ToFloats(T[] items)
    {
        var floats = new float[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            floats[i] = float.CreateSaturating(items[i]);
        }
        return floats;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        string lo = Uniform(_low) ? Num(_low.Length > 0 ? _low[0] : T.Zero) : "[...]";
        string hi = Uniform(_high) ? Num(_high.Length > 0 ? _high[0] : T.Zero) : "[...]";
        return $"Box({lo}, {hi}, {ShapeText}, {DTypeName})";
    }

    /// <summary>The NumPy name of the item type (float32, uint8, int32, ...).</summary>
    public static string DTypeName => typeof(T).Name switch
    {
        "Single" => "float32",
        "Double" => "float64",
        "Byte" => "uint8",
        "SByte" => "int8",
        "Int16" => "int16",
        "UInt16" => "uint16",
        "Int32" => "int32",
        "UInt32" => "uint32",
        "Int64" => "int64",
        "UInt64" => "uint64",
        "Half" => "float16",
        var other => other,
    };

    private static bool Uniform(T[] values)
    {
        foreach (T v in values)
        {
            if (v != values[0])
            {
                return false;
            }
        }
        return true;
    }

    private static string Num(T value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString()!;

    private static T[] Fill(T value, int[] shape)
    {
        long size = 1;
        foreach (int d in shape)
        {
            size *= Math.Max(d, 0);
        }
        var items = new T[size];
        Array.Fill(items, value);
        return items;
    }
}
