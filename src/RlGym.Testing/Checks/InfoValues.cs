using System.Collections;
using System.Globalization;
using System.Reflection;
using RlGym.Core;

namespace RlGym.Testing.Checks;

/// <summary>
/// Deep equality of info values, as Gymnasium's <c>data_equivalence</c> compares them: arrays, lists and dictionaries
/// item by item, numbers and strings by value, an <see cref="EpisodeStats"/> by all but its wall-clock seconds, other
/// objects by their Equals (or, when their type keeps object's reference equality, by their text).
/// </summary>
internal static class InfoValues
{
    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }
        switch (a)
        {
            case string s:
                return s == (string)b;
            case EpisodeStats x:
                var y = (EpisodeStats)b;
                return x.Return.Equals(y.Return) && x.Length == y.Length && x.Terminated == y.Terminated;
            case IReadOnlyDictionary<string, object?> ra:
                return SameEntries(ra, (IReadOnlyDictionary<string, object?>)b);
            case IDictionary da:
                var db = (IDictionary)b;
                if (da.Count != db.Count)
                {
                    return false;
                }
                foreach (DictionaryEntry entry in da)
                {
                    if (!db.Contains(entry.Key) || !Equal(entry.Value, db[entry.Key]))
                    {
                        return false;
                    }
                }
                return true;
            case IEnumerable ea:
                var eb = ((IEnumerable)b).GetEnumerator();
                foreach (object? item in ea)
                {
                    if (!eb.MoveNext() || !Equal(item, eb.Current))
                    {
                        return false;
                    }
                }
                return !eb.MoveNext();
        }
        if (a.Equals(b))
        {
            return true;
        }
        return !OverridesEquals(a.GetType()) && string.Equals(a.ToString(), b.ToString(), StringComparison.Ordinal);
    }

    private static bool SameEntries(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && Equal(kv.Value, v));

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Take(16).Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };

    private static bool OverridesEquals(Type type) =>
        type.IsValueType || type.GetMethod(nameof(Equals), BindingFlags.Public | BindingFlags.Instance, [typeof(object)])?.DeclaringType != typeof(object);
}
