namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// One part of an encoded observation: a run of <see cref="Length"/> numbers at <see cref="Offset"/>, read either as a
/// flat vector (an MLP input) or as an image of <see cref="Channels"/> x <see cref="Height"/> x <see cref="Width"/>
/// numbers scaled to [0, 1] (a CNN input).
/// </summary>
/// <param name="Name">Where it comes from (a Dict key, a Tuple index, or "observation").</param>
/// <param name="Offset">Its first number's index in the encoded observation.</param>
/// <param name="Length">How many numbers.</param>
/// <param name="Channels">Image channels (0 for a flat vector).</param>
/// <param name="Height">Image height (0 for a flat vector).</param>
/// <param name="Width">Image width (0 for a flat vector).</param>
/// <param name="Vocabulary">For a run of tokens (symbol ids stored as numbers, read through an embedding): how many ids there are; 0 otherwise.</param>
internal readonly record struct ObservationSegment(string Name, int Offset, int Length, int Channels = 0, int Height = 0, int Width = 0, int Vocabulary = 0)
{
    /// <summary>True for a run of tokens.</summary>
    public bool IsTokens => Vocabulary > 0;

    /// <summary>True for an image segment.</summary>
    public bool IsImage => Channels > 0;

    /// <summary>A short description for checkpoints and messages, such as "flat 4" or "image 3x60x80".</summary>
    public string Describe() =>
        IsImage ? $"{Name}: image {Channels}x{Height}x{Width}" : IsTokens ? $"{Name}: {Length} tokens of {Vocabulary}" : $"{Name}: flat {Length}";
}
