using System.Collections;
using System.Globalization;

namespace RlGym.Core;

/// <summary>
/// Options for making or resetting an environment: an immutable string-keyed map whose values are typed
/// objects (from code) or strings (from the command line). Typed getters convert and validate, and every
/// error names the option, the value and what was expected.
/// </summary>
public sealed class EnvOptions : IReadOnlyDictionary<string, object>
{
    private readonly Dictionary<string, object> _values;

    private EnvOptions(Dictionary<string, object> values) => _values = values;

    /// <summary>No options.</summary>
    public static EnvOptions Empty { get; } = new(new Dictionary<string, object>(StringComparer.Ordinal));

    /// <summary>Options from (key, value) pairs.</summary>
    public static EnvOptions From(IEnumerable<KeyValuePair<string, object>> values)
    {
        var copy = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            copy[key] = value ?? throw new ArgumentException($"Option '{key}' has no value.", nameof(values));
        }
        return new EnvOptions(copy);
    }

    /// <summary>Options from an anonymous-style list of pairs: <c>EnvOptions.Of(("width", 8), ("height", 8))</c>.</summary>
    public static EnvOptions Of(params (string Key, object Value)[] values) =>
        From(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    /// <summary>
    /// Parses <c>key=value</c> pairs as the command line gives them (each item may hold several pairs
    /// separated by commas).
    /// </summary>
    /// <exception cref="UserInputException">When an item is not of the form key=value, or a key is given twice.</exception>
    public static EnvOptions Parse(IEnumerable<string> items)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (string item in items)
        {
            foreach (string pair in item.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new UserInputException($"Option '{pair}' is not of the form key=value.");
                }
                string key = pair[..eq].Trim(), value = pair[(eq + 1)..].Trim();
                if (!values.TryAdd(key, value))
                {
                    throw new UserInputException($"Option '{key}' is given twice ({key}={values[key]} and {key}={value}); give each option once.");
                }
            }
        }
        return new EnvOptions(values);
    }

    /// <summary>These options with <paramref name="overrides"/> laid over them.</summary>
    public EnvOptions With(EnvOptions? overrides)
    {
        if (overrides is null || overrides.Count == 0)
        {
            return this;
        }
        if (Count == 0)
        {
            return overrides;
        }
        var merged = new Dictionary<string, object>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            merged[key] = value;
        }
        return new EnvOptions(merged);
    }

    /// <summary>These options with one value set.</summary>
    public EnvOptions With(string key, object value) => With(Of((key, value)));

    /// <summary>
    /// These options with what <paramref name="source"/> (an agent spec) needs (<see cref="Agents.IAgentFactory.RequiredOptions"/>)
    /// added: a key not given is set to the required value; a key given with the same value (compared as invariant
    /// text, ignoring case) stays; a key given with another value is refused.
    /// </summary>
    /// <exception cref="ArgumentException">When a given option contradicts a required one; the one-line message names the key, the given value, the required value and the source.</exception>
    public EnvOptions WithRequired(EnvOptions required, string source)
    {
        ArgumentNullException.ThrowIfNull(required);
        if (required.Count == 0)
        {
            return this;
        }
        var merged = new Dictionary<string, object>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in required)
        {
            string trained = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            if (_values.TryGetValue(key, out var given))
            {
                string text = Convert.ToString(given, CultureInfo.InvariantCulture) ?? "";
                if (!string.Equals(text.Trim(), trained, StringComparison.OrdinalIgnoreCase))
                {
                    throw new UserInputException(
                        $"Option '{key}' is {text} but {source} was trained with {key}={trained}; drop the option (the trained value is applied) or give {key}={trained}.");
                }
                continue;
            }
            merged[key] = value;
        }
        return new EnvOptions(merged);
    }

    /// <summary>These options without the given keys.</summary>
    public EnvOptions Without(params string[] keys)
    {
        if (!keys.Any(_values.ContainsKey))
        {
            return this;
        }
        var rest = new Dictionary<string, object>(_values, StringComparer.Ordinal);
        foreach (string key in keys)
        {
            rest.Remove(key);
        }
        return new EnvOptions(rest);
    }

    /// <summary>
    /// Throws when an option is not one of <paramref name="known"/>, naming it, the closest known one and the full list.
    /// Call once where options are first read, so typos never pass silently.
    /// </summary>
    /// <exception cref="UserInputException">When an unknown option is present.</exception>
    public void RequireKnown(string owner, params string[] known)
    {
        foreach (string key in _values.Keys)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                string? close = Suggest.Closest(key, known);
                throw new UserInputException(
                    $"{owner} has no option '{key}'{(close is null ? "" : $" (did you mean '{close}'?)")}; its options are: {(known.Length == 0 ? "none" : string.Join(", ", known))}.");
            }
        }
    }

    /// <summary>The option as an integer in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">When the value is not such an integer.</exception>
    public int GetInt(string key, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!_values.TryGetValue(key, out var raw))
        {
            return fallback;
        }
        int? parsed = raw switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) => i,
            _ => null,
        };
        if (parsed is not int value || value < min || value > max)
        {
            throw Bad(key, raw, $"an integer from {min} to {max}");
        }
        return value;
    }

    /// <summary>The option as a finite number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">When the value is not such a number.</exception>
    public double GetDouble(string key, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!_values.TryGetValue(key, out var raw))
        {
            return fallback;
        }
        double? parsed = raw switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => d,
            _ => null,
        };
        if (parsed is not double value || !double.IsFinite(value) || value < min || value > max)
        {
            throw Bad(key, raw, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return value;
    }

    /// <summary>The option as a boolean (true/false, 1/0, yes/no), or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">When the value is not a boolean.</exception>
    public bool GetBool(string key, bool fallback)
    {
        if (!_values.TryGetValue(key, out var raw))
        {
            return fallback;
        }
        return raw switch
        {
            bool b => b,
            string s when s.Equals("true", StringComparison.OrdinalIgnoreCase) || s is "1" || s.Equals("yes", StringComparison.OrdinalIgnoreCase) => true,
            string s when s.Equals("false", StringComparison.OrdinalIgnoreCase) || s is "0" || s.Equals("no", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw Bad(key, raw, "true or false"),
        };
    }

    /// <summary>The option as one of <paramref name="choices"/> (case-insensitive), or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="UserInputException">When the value is not one of the choices.</exception>
    public string GetChoice(string key, string fallback, params string[] choices)
    {
        if (!_values.TryGetValue(key, out var raw))
        {
            return fallback;
        }
        string? match = raw is string s ? choices.FirstOrDefault(c => c.Equals(s, StringComparison.OrdinalIgnoreCase)) : null;
        return match ?? throw Bad(key, raw, "one of " + string.Join(", ", choices));
    }

    /// <summary>The option as a string, or <paramref name="fallback"/> when absent.</summary>
    public string GetString(string key, string fallback) =>
        _values.TryGetValue(key, out var raw) ? Convert.ToString(raw, CultureInfo.InvariantCulture) ?? fallback : fallback;

    private static UserInputException Bad(string key, object raw, string expected) =>
        new($"Option '{key}' is {Convert.ToString(raw, CultureInfo.InvariantCulture)}; expected {expected}.");

    /// <inheritdoc />
    public object this[string key] => _values[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<object> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out object value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(",", _values.Select(kv => $"{kv.Key}={Convert.ToString(kv.Value, CultureInfo.InvariantCulture)}"));
}
