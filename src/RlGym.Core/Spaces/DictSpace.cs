using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// Named sub-spaces (Gymnasium's <c>Dict</c>): elements are dictionaries with exactly the space's keys, each
/// value in its sub-space. Keys keep the order given; seeding gives sub-space i the seed derived for index i.
/// </summary>
public sealed class DictSpace : Space<IReadOnlyDictionary<string, object>>, IFlattenableSpace<IReadOnlyDictionary<string, object>>
{
    private readonly KeyValuePair<string, ISpace>[] _spaces;
    private readonly KeyValuePair<string, ISpace>[] _sorted;
    private readonly Dictionary<string, ISpace> _byKey;
    private int _flatDim = -1;
    private Box<float>? _flatSpace;

    /// <summary>Creates the space from (key, sub-space) pairs.</summary>
    /// <exception cref="ArgumentException">When there are no pairs, a key repeats, or a sub-space is null.</exception>
    public DictSpace(params KeyValuePair<string, ISpace>[] spaces)
    {
        ArgumentNullException.ThrowIfNull(spaces);
        if (spaces.Length == 0)
        {
            throw new ArgumentException("Dict needs at least one sub-space.", nameof(spaces));
        }
        _byKey = new Dictionary<string, ISpace>(StringComparer.Ordinal);
        foreach (var (key, space) in spaces)
        {
            if (space is null || !_byKey.TryAdd(key, space))
            {
                throw new ArgumentException($"Dict key '{key}' is repeated or has no space.", nameof(spaces));
            }
        }
        _spaces = [.. spaces];
        _sorted = [.. _spaces.OrderBy(kv => kv.Key, StringComparer.Ordinal)];
    }

    /// <summary>The sub-spaces in key order.</summary>
    public IReadOnlyList<KeyValuePair<string, ISpace>> Spaces => _spaces;

    /// <summary>The sub-space named <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the key is not one of the space's.</exception>
    public ISpace this[string key] => _byKey.TryGetValue(key, out var s)
        ? s
        : throw new KeyNotFoundException($"'{key}' is not a key of {this}.");

    /// <inheritdoc />
    public override void Seed(ulong seed)
    {
        base.Seed(seed);
        for (int i = 0; i < _spaces.Length; i++)
        {
            _spaces[i].Value.Seed(Rng.DeriveSeed(seed, (ulong)i));
        }
    }

    /// <inheritdoc />
    public override bool Contains(IReadOnlyDictionary<string, object> value)
    {
        if (value is null || value.Count != _spaces.Length)
        {
            return false;
        }
        foreach (var (key, space) in _spaces)
        {
            if (!value.TryGetValue(key, out var item) || !space.ContainsObject(item))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object> Sample()
    {
        var value = new Dictionary<string, object>(_spaces.Length, StringComparer.Ordinal);
        foreach (var (key, space) in _spaces)
        {
            value[key] = space.SampleObject();
        }
        return value;
    }

    /// <inheritdoc />
    public override bool ValuesEqual(IReadOnlyDictionary<string, object> a, IReadOnlyDictionary<string, object> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }
        foreach (var (key, space) in _spaces)
        {
            if (!a.TryGetValue(key, out var x) || !b.TryGetValue(key, out var y) || !space.ValuesEqualObject(x, y))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object> Copy(IReadOnlyDictionary<string, object> value)
    {
        var copy = new Dictionary<string, object>(value.Count, StringComparer.Ordinal);
        foreach (var (key, item) in value)
        {
            copy[key] = _byKey.TryGetValue(key, out var space) ? space.CopyObject(item)! : item;
        }
        return copy;
    }

    /// <summary>The sum of the sub-spaces' flat sizes.</summary>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public int FlatDim => _flatDim >= 0 ? _flatDim : _flatDim = _spaces.Sum(kv => FlatChecks.Require(kv.Value).FlatDim);

    /// <summary>The sub-spaces' flat boxes concatenated in ordinal key order.</summary>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public Box<float> FlatSpace => _flatSpace ??= FlatChecks.Concatenate(_sorted.Select(kv => FlatChecks.Require(kv.Value)), FlatDim);

    /// <summary>Writes the values' flattened forms one after another in ordinal key order (as Gymnasium's sorted Dict does).</summary>
    /// <exception cref="ArgumentException">When a key is missing, a value is not in its space, or the destination's length is not <see cref="FlatDim"/>.</exception>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public void Flatten(IReadOnlyDictionary<string, object> value, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(value);
        FlatChecks.Length(this, FlatDim, destination.Length, nameof(destination));
        int offset = 0;
        foreach (var (key, space) in _sorted)
        {
            if (!value.TryGetValue(key, out var item))
            {
                throw new ArgumentException($"Cannot flatten a dictionary without key '{key}' with {this}.", nameof(value));
            }
            var part = FlatChecks.Require(space);
            part.FlattenObject(item, destination.Slice(offset, part.FlatDim));
            offset += part.FlatDim;
        }
    }

    /// <summary>The dictionary whose values are unflattened from consecutive slices of <paramref name="flat"/>, in ordinal key order.</summary>
    /// <exception cref="ArgumentException">When <paramref name="flat"/>'s length is not <see cref="FlatDim"/> or a slice holds no valid element.</exception>
    /// <exception cref="NotSupportedException">When a sub-space cannot be flattened.</exception>
    public IReadOnlyDictionary<string, object> Unflatten(ReadOnlySpan<float> flat)
    {
        FlatChecks.Length(this, FlatDim, flat.Length, nameof(flat));
        var value = new Dictionary<string, object>(_spaces.Length, StringComparer.Ordinal);
        int offset = 0;
        foreach (var (key, space) in _sorted)
        {
            var part = FlatChecks.Require(space);
            value[key] = part.UnflattenObject(flat.Slice(offset, part.FlatDim));
            offset += part.FlatDim;
        }
        return value;
    }

    /// <inheritdoc />
    protected override string FormatValue(IReadOnlyDictionary<string, object> value) =>
        value is null ? "null" : "{" + string.Join(", ", value.Select(kv => $"{kv.Key}: {(_byKey.TryGetValue(kv.Key, out var s) ? s.Format(kv.Value) : kv.Value)}")) + "}";

    /// <inheritdoc />
    public override string ToString() => "Dict(" + string.Join(", ", _spaces.Select(kv => $"'{kv.Key}': {kv.Value}")) + ")";
}
