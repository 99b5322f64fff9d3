using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core;

/// <summary>
/// The auxiliary information an environment returns beside an observation (Gymnasium's <c>info</c> dict):
/// an immutable string-keyed map. <see cref="Empty"/> is shared, so steps with nothing to report allocate nothing.
/// </summary>
public sealed class Info : IReadOnlyDictionary<string, object?>
{
    private static readonly Dictionary<string, object?> NoEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _entries;

    private Info(Dictionary<string, object?> entries) => _entries = entries;

    /// <summary>The shared empty info.</summary>
    public static Info Empty { get; } = new(NoEntries);

    /// <summary>An info holding one entry.</summary>
    public static Info Of(string key, object? value) => Empty.With(key, value);

    /// <summary>An info holding the given entries (later keys win).</summary>
    public static Info From(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            copy[key] = value;
        }
        return copy.Count == 0 ? Empty : new Info(copy);
    }

    /// <summary>A copy of this info with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Info With(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = new Dictionary<string, object?>(_entries, StringComparer.Ordinal) { [key] = value };
        return new Info(copy);
    }

    /// <summary>The value under <paramref name="key"/> as a <typeparamref name="T"/>, if it is there and of that type.</summary>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_entries.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <inheritdoc />
    public object? this[string key] => _entries.TryGetValue(key, out var v)
        ? v
        : throw new KeyNotFoundException($"Info has no key '{key}'; it has: {(Count == 0 ? "nothing" : string.Join(", ", Keys))}.");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _entries.Values;

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _entries.Select(kv => $"{kv.Key}: {kv.Value}")) + "}";
}
