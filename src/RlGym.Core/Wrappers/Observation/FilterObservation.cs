using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>Gymnasium's <c>FilterObservation</c>: keeps only the given keys of a Dict observation, in the order given.</summary>
internal sealed class FilterObservation<TAction> : ObservationWrapper<IReadOnlyDictionary<string, object>, IReadOnlyDictionary<string, object>, TAction>
{
    private readonly string[] _keys;

    public FilterObservation(IEnvironment<IReadOnlyDictionary<string, object>, TAction> inner, IReadOnlyList<string> keys) : base(inner)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (inner.ObservationSpace is not DictSpace dict)
        {
            throw new ArgumentException($"FilterObservation needs a Dict observation space; the environment has {inner.ObservationSpace}.", nameof(inner));
        }
        if (keys.Count == 0)
        {
            throw new ArgumentException("FilterObservation needs at least one key to keep.", nameof(keys));
        }
        var known = dict.Spaces.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            if (!known.Contains(key))
            {
                throw new ArgumentException($"FilterObservation: '{key}' is not a key of {dict}; the keys are {string.Join(", ", known)}.", nameof(keys));
            }
        }
        _keys = [.. keys];
        ObservationSpace = new DictSpace([.. _keys.Select(k => KeyValuePair.Create(k, dict[k]))]);
    }

    public override ISpace<IReadOnlyDictionary<string, object>> ObservationSpace { get; }

    protected override IReadOnlyDictionary<string, object> Observation(IReadOnlyDictionary<string, object> observation)
    {
        var kept = new Dictionary<string, object>(_keys.Length, StringComparer.Ordinal);
        foreach (string key in _keys)
        {
            kept[key] = observation[key];
        }
        return kept;
    }
}
