using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// Exactly one of several sub-spaces (Gymnasium's <c>OneOf</c>): an element is the index of a sub-space and an element
/// of it. Sampling picks the sub-space uniformly, then samples it; seeding gives sub-space i the seed derived for index i.
/// Flattened, an element is its index followed by the sub-space's flattened element padded with zeros to the longest.
/// </summary>
public sealed class OneOfSpace : Space<OneOfValue>, IFlattenableSpace<OneOfValue>
{
    private readonly ISpace[] _spaces;
    private int _flatDim = -1;
    private Box<float>? _flatSpace;

    /// <summary>Creates the choice among the given sub-spaces.</summary>
    /// <exception cref="ArgumentException">When there are none or one is null.</exception>
    public OneOfSpace(params ISpace[] spaces)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        if (spaces.Length == 0 || Array.Exists(spaces, s => s is null))
        {
            throw new ArgumentException("OneOf needs at least one sub-space and none may be null.", nameof(spaces));
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
    public override bool Contains(OneOfValue value) =>
        value.Index >= 0 && value.Index < _spaces.Length && _spaces[value.Index].ContainsObject(value.Value);

    /// <inheritdoc />
    public override OneOfValue Sample()
    {
        int index = Rng.NextInt(_spaces.Length);
        return new OneOfValue(index, _spaces[index].SampleObject());
    }

    /// <inheritdoc />
    public override bool ValuesEqual(OneOfValue a, OneOfValue b) =>
        a.Index == b.Index && a.Index >= 0 && a.Index < _spaces.Length && _spaces[a.Index].ValuesEqualObject(a.Value, b.Value);

    /// <inheritdoc />
    public override OneOfValue Copy(OneOfValue value) =>
        value.Index >= 0 && value.Index < _spaces.Length ? value with { Value = _spaces[value.Index].CopyObject(value.Value)! } : value;

    /// <summary>One plus the largest flat size of the sub-spaces.</summary>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public int FlatDim => _flatDim >= 0 ? _flatDim : _flatDim = 1 + _spaces.Max(s => FlatChecks.Require(s).FlatDim);

    /// <summary>Index in [0, count - 1], then at each position the loosest bounds any sub-space (or its zero padding) has there.</summary>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public Box<float> FlatSpace => _flatSpace ??= MakeFlatSpace();

    /// <summary>Writes the index, then the chosen sub-space's flattened element, then zeros.</summary>
    /// <exception cref="ArgumentException">When the value is not in the space or the destination's length is not <see cref="FlatDim"/>.</exception>
    public void Flatten(OneOfValue value, Span<float> destination)
    {
        FlatChecks.Length(this, FlatDim, destination.Length, nameof(destination));
        FlatChecks.Member(this, value);
        var part = FlatChecks.Require(_spaces[value.Index]);
        destination.Clear();
        destination[0] = value.Index;
        part.FlattenObject(value.Value, destination.Slice(1, part.FlatDim));
    }

    /// <summary>The element whose index is <c>flat[0]</c> and whose value is unflattened from the entries after it.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/>'s length is not <see cref="FlatDim"/> or it holds no valid element.</exception>
    public OneOfValue Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, FlatDim, flat.Length, nameof(flat));
        int index = (int)flat[0];
        if (index != flat[0] || index < 0 || index >= _spaces.Length)
        {
            throw new ArgumentException($"The flattened element starts with {flat[0]}, which is not a sub-space index of {this}.", nameof(flat));
        }
        var part = FlatChecks.Require(_spaces[index]);
        return new OneOfValue(index, part.UnflattenObject(flat.Slice(1, part.FlatDim)));
    }

    /// <inheritdoc />
    protected override string FormatValue(OneOfValue value) =>
        value.Index >= 0 && value.Index < _spaces.Length ? $"({value.Index}, {_spaces[value.Index].Format(value.Value)})" : value.ToString();

    /// <inheritdoc />
    public override string ToString() => "OneOf(" + string.Join(", ", _spaces.Select(s => s.ToString())) + ")";

    private Box<float> MakeFlatSpace()
    {
        int dim = FlatDim;
        var low = new float[dim];
        var high = new float[dim];
        high[0] = _spaces.Length - 1;
        for (int j = 1; j < dim; j++)
        {
            low[j] = float.PositiveInfinity;
            high[j] = float.NegativeInfinity;
        }
        foreach (var space in _spaces)
        {
            var box = FlatChecks.Require(space).FlatSpace;
            for (int j = 1; j < dim; j++)
            {
                float lo = j - 1 < box.Size ? box.Low[j - 1] : 0f;
                float hi = j - 1 < box.Size ? box.High[j - 1] : 0f;
                low[j] = Math.Min(low[j], lo);
                high[j] = Math.Max(high[j], hi);
            }
        }
        return new Box<float>(low, high, dim);
    }
}
