using RlGym.Agents.Ppo.Encoding;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// What a policy network is built from, and what a checkpoint must match to be played: the encoded observation's parts,
/// the action heads and the hidden width.
/// </summary>
/// <param name="Segments">The encoded observation's parts.</param>
/// <param name="Heads">Choices per action head.</param>
/// <param name="Hidden">Units per hidden layer of the MLPs.</param>
internal sealed record PolicyShape(IReadOnlyList<ObservationSegment> Segments, int[] Heads, int Hidden)
{
    /// <summary>Floats per encoded observation.</summary>
    public int ObservationSize => Segments.Count == 0 ? 0 : Segments.Max(s => s.Offset + s.Length);

    /// <summary>Logits in all (the sum of the heads).</summary>
    public int Logits => Heads.Sum();

    /// <summary>True when a part is an image (a CNN encoder); false for the two-MLP network.</summary>
    public bool HasImage => Segments.Any(s => s.IsImage);

    /// <summary>One line, such as "observation: flat 4 -> Discrete heads [4], hidden 64".</summary>
    public string Describe() => $"{string.Join(", ", Segments.Select(s => s.Describe()))} -> heads [{string.Join(", ", Heads)}], hidden {Hidden}";

    /// <summary>True when both shapes build the same network.</summary>
    public bool SameAs(PolicyShape other) =>
        Hidden == other.Hidden && Heads.AsSpan().SequenceEqual(other.Heads) && Segments.SequenceEqual(other.Segments);
}
