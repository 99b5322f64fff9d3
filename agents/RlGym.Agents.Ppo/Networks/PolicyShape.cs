using RlGym.Core;
using RlGym.Agents.Ppo.Encoding;

namespace RlGym.Agents.Ppo.Networks;

/// <summary>
/// What a policy network is built from, and what a checkpoint must match to be played: the encoded observation's parts,
/// the action heads and the hidden width.
/// </summary>
/// <param name="Segments">The encoded observation's parts.</param>
/// <param name="Heads">Choices per action head.</param>
/// <param name="Hidden">Units per hidden layer of the MLPs.</param>
/// <param name="FrameStack">Observations stacked per input (1: none); <see cref="Segments"/> are the stacked parts.</param>
/// <param name="Lstm">True for an LSTM core between the encoder and the heads (<c>--lstm</c>), carrying state through an episode.</param>
internal sealed record PolicyShape(IReadOnlyList<ObservationSegment> Segments, int[] Heads, int Hidden, int FrameStack = 1, bool Lstm = false)
{
    /// <summary>The parts of <paramref name="depth"/> stacked observations of <paramref name="segments"/>: an image's channels, or a flat part's length, times the depth.</summary>
    /// <exception cref="ArgumentException">When the depth is above 1 and the observation has several parts.</exception>
    public static IReadOnlyList<ObservationSegment> Stack(IReadOnlyList<ObservationSegment> segments, int depth)
    {
        if (depth == 1)
        {
            return segments;
        }
        if (segments.Count != 1)
        {
            throw new UserInputException($"Frame stacking needs an observation of one part; this one has {segments.Count} ({string.Join(", ", segments.Select(s => s.Describe()))}).");
        }
        var s = segments[0];
        return [s with { Length = s.Length * depth, Channels = s.Channels * depth }];
    }

    /// <summary>Floats per encoded observation.</summary>
    public int ObservationSize => Segments.Count == 0 ? 0 : Segments.Max(s => s.Offset + s.Length);

    /// <summary>Logits in all (the sum of the heads).</summary>
    public int Logits => Heads.Sum();

    /// <summary>True when a part is an image (a CNN encoder) or tokens (an embedding); false for the two-MLP network.</summary>
    public bool NeedsEncoders => Segments.Any(s => s.IsImage || s.IsTokens);

    /// <summary>One line, such as "observation: flat 4 -> Discrete heads [4], hidden 64".</summary>
    public string Describe() => $"{string.Join(", ", Segments.Select(s => s.Describe()))}{(FrameStack > 1 ? $" ({FrameStack} stacked)" : "")}{(Lstm ? " -> LSTM" : "")} -> heads [{string.Join(", ", Heads)}], hidden {Hidden}";

    /// <summary>True when both shapes build the same network.</summary>
    public bool SameAs(PolicyShape other) =>
        Hidden == other.Hidden && FrameStack == other.FrameStack && Lstm == other.Lstm && Heads.AsSpan().SequenceEqual(other.Heads) && Segments.SequenceEqual(other.Segments);
}
