using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.MultiAgent;

/// <summary>
/// The per-agent values of a two-agent parallel environment (observations, rewards, flags) as a read-only dictionary
/// keyed by the two agent names: one small object per step instead of a <see cref="Dictionary{TKey, TValue}"/>, so a
/// duel's step allocates a few dozen bytes per field rather than a few hundred. Immutable, like the dictionaries it
/// stands for.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class AgentPair<T> : IReadOnlyDictionary<string, T>
{
    private readonly IReadOnlyList<string> _agents;
    private readonly T _first, _second;

    /// <summary>Creates the pair.</summary>
    /// <param name="agents">Exactly two distinct agent names, in order; the list is kept (share one across steps).</param>
    /// <param name="first">The value of <c>agents[0]</c>.</param>
    /// <param name="second">The value of <c>agents[1]</c>.</param>
    /// <exception cref="ArgumentException">When <paramref name="agents"/> does not hold two distinct names.</exception>
    public AgentPair(IReadOnlyList<string> agents, T first, T second)
    {
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Count != 2 || string.Equals(agents[0], agents[1], StringComparison.Ordinal))
        {
            throw new ArgumentException($"An agent pair needs two distinct agent names; got {agents.Count}: {string.Join(", ", agents)}.", nameof(agents));
        }
        _agents = agents;
        _first = first;
        _second = second;
    }

    /// <inheritdoc />
    public int Count => 2;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _agents;

    /// <inheritdoc />
    public IEnumerable<T> Values => [_first, _second];

    /// <inheritdoc />
    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No agent '{key}'; the agents are {_agents[0]} and {_agents[1]}.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => Index(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        switch (Index(key))
        {
            case 0:
                value = _first;
                return true;
            case 1:
                value = _second;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        yield return new KeyValuePair<string, T>(_agents[0], _first);
        yield return new KeyValuePair<string, T>(_agents[1], _second);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Index(string key) =>
        string.Equals(key, _agents[0], StringComparison.Ordinal) ? 0 : string.Equals(key, _agents[1], StringComparison.Ordinal) ? 1 : -1;
}
