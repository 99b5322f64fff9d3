using RlGym.Core.Random;

namespace RlGym.Core.Spaces;

/// <summary>
/// Named sub-spaces (Gymnasium's <c>Dict</c>): elements are dictionaries with exactly the space's keys, each
/// value in its sub-space. Keys keep the order given; seeding gives sub-space i the seed derived for index i.
/// </summary>
public sealed class DictSpace : Space<IReadOnlyDictionary<string, object>>
{
    private readonly KeyValuePair<string, ISpace>[] _spaces;
    private readonly Dictionary<string, ISpace> _byKey;

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

    /// <inheritdoc />
    protected override string FormatValue(IReadOnlyDictionary<string, object> value) =>
        value is null ? "null" : "{" + string.Join(", ", value.Select(kv => $"{kv.Key}: {(_byKey.TryGetValue(kv.Key, out var s) ? s.Format(kv.Value) : kv.Value)}")) + "}";

    /// <inheritdoc />
    public override string ToString() => "Dict(" + string.Join(", ", _spaces.Select(kv => $"'{kv.Key}': {kv.Value}")) + ")";
}
