namespace RlGym.Testing;

/// <summary>The shortest failing input a property check found: the reset seed and the actions taken, formatted by the action space.</summary>
/// <param name="Seed">The seed of the first reset.</param>
/// <param name="Actions">The actions stepped, in order, up to and including the one whose step broke the invariant.</param>
public sealed record Counterexample(ulong Seed, IReadOnlyList<string> Actions)
{
    /// <summary>True when both have the same seed and the same actions in the same order.</summary>
    public bool Equals(Counterexample? other) =>
        other is not null && Seed == other.Seed && Actions.SequenceEqual(other.Actions, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Seed);
        foreach (string action in Actions)
        {
            hash.Add(action, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"seed {Seed}, actions [{string.Join(", ", Actions)}]";
}
