using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// An ordered product of sub-spaces (Gymnasium's <c>Tuple</c>): elements are arrays with one item per
/// sub-space. Seeding gives sub-space i the seed derived for index i.
/// </summary>
public sealed class TupleSpace : Space<object[]>, IFlattenableSpace<object[]>
{
    private readonly ISpace[] _spaces;
    private int _flatDim = -1;
    private Box<float>? _flatSpace;

    /// <summary>Creates the product of the given sub-spaces.</summary>
    /// <exception cref="ArgumentException">When there are none or one is null.</exception>
    public TupleSpace(params ISpace[] spaces)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        if (spaces.Length == 0 || Array.Exists(spaces, s => s is null))
        {
            throw new ArgumentException("Tuple needs at least one sub-space and none may be null.", nameof(spaces));
        }
        _spaces = [.. spaces];
    }

    /// <summary>The sub-spaces in order.</summary>
    public IReadOnlyList<ISpace> Spaces => _spaces;

    /// <inheritdoc />
    public override void Seed(ulong seed)
    {
        base.Seed(seed);
        for (int i = 0; i < _spaces.Length; i++)
        {
            _spaces[i].Seed(Rng.DeriveSeed(seed, (ulong)i));
        }
    }

    /// <inheritdoc />
    public override bool Contains(object[] value)
    {
        if (value is null || value.Length != _spaces.Length)
        {
            return false;
        }
        for (int i = 0; i < value.Length; i++)
        {
            if (!_spaces[i].ContainsObject(value[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override object[] Sample() => [.. _spaces.Select(s => s.SampleObject())];

    /// <inheritdoc />
    public override bool ValuesEqual(object[] a, object[] b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.Length != _spaces.Length || b.Length != _spaces.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (!_spaces[i].ValuesEqualObject(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override object[] Copy(object[] value) => [.. value.Select((v, i) => i < _spaces.Length ? _spaces[i].CopyObject(v)! : v)];

    /// <summary>The sum of the parts' flat sizes.</summary>
    /// <exception cref="NotSupportedException">When a part cannot be flattened.</exception>
    public int FlatDim => _flatDim >= 0 ? _flatDim : _flatDim = _spaces.Sum(s => FlatChecks.Require(s).FlatDim);

    /// <summary>The parts' flat boxes concatenated in order.</summary>
    /// <exception cref="NotSupportedException">When a part cannot be flattened.</exception>
    public Box<float> FlatSpace => _flatSpace ??= FlatChecks.Concatenate(_spaces.Select(FlatChecks.Require), FlatDim);

    /// <summary>Writes the parts' flattened forms one after another, in order.</summary>
    /// <exception cref="ArgumentException">When the value has the wrong number of parts, a part is not in its space, or the destination's length is not <see cref="FlatDim"/>.</exception>
    /// <exception cref="NotSupportedException">When a part cannot be flattened.</exception>
    public void Flatten(object[] value, Span<float> destination)
    {
        FlatChecks.Length(this, FlatDim, destination.Length, nameof(destination));
        if (value is null || value.Length != _spaces.Length)
        {
            throw new ArgumentException($"Cannot flatten {FormatValue(value!)} with {this}: it needs {_spaces.Length} parts.", nameof(value));
        }
        int offset = 0;
        for (int i = 0; i < _spaces.Length; i++)
        {
            var part = FlatChecks.Require(_spaces[i]);
            part.FlattenObject(value[i], destination.Slice(offset, part.FlatDim));
            offset += part.FlatDim;
        }
    }

    /// <summary>The tuple whose parts are unflattened from consecutive slices of <paramref name="flat"/>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/>'s length is not <see cref="FlatDim"/> or a slice holds no valid element.</exception>
    /// <exception cref="NotSupportedException">When a part cannot be flattened.</exception>
    public object[] Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, FlatDim, flat.Length, nameof(flat));
        var value = new object[_spaces.Length];
        int offset = 0;
        for (int i = 0; i < _spaces.Length; i++)
        {
            var part = FlatChecks.Require(_spaces[i]);
            value[i] = part.UnflattenObject(flat.Slice(offset, part.FlatDim));
            offset += part.FlatDim;
        }
        return value;
    }

    /// <inheritdoc />
    protected override string FormatValue(object[] value) =>
        value is null ? "null" : "(" + string.Join(", ", value.Select((v, i) => i < _spaces.Length ? _spaces[i].Format(v) : v?.ToString())) + ")";

    /// <inheritdoc />
    public override string ToString() => "Tuple(" + string.Join(", ", _spaces.Select(s => s.ToString())) + ")";
}
