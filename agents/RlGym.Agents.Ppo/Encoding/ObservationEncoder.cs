namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// Turns observations of one space into a fixed number of floats, written into a buffer the caller owns (no allocation
/// per observation). Composite spaces concatenate their parts' encodings.
/// </summary>
internal abstract class ObservationEncoder
{
    /// <summary>How many floats an observation becomes.</summary>
    public abstract int Size { get; }

    /// <summary>The parts, in order, with their offsets.</summary>
    public abstract IReadOnlyList<ObservationSegment> Segments { get; }

    /// <summary>Encodes a boxed observation (a part of a Dict or Tuple).</summary>
    public abstract void EncodeObject(object? observation, Span<float> destination);
}

/// <summary>An <see cref="ObservationEncoder"/> for observations of type <typeparamref name="TObs"/>.</summary>
internal abstract class ObservationEncoder<TObs> : ObservationEncoder
{
    /// <summary>Writes the <see cref="ObservationEncoder.Size"/> floats of <paramref name="observation"/>.</summary>
    public abstract void Encode(TObs observation, Span<float> destination);

    /// <inheritdoc />
    public override void EncodeObject(object? observation, Span<float> destination)
    {
        if (observation is not TObs typed)
        {
            throw new ArgumentException($"Expected an observation of type {typeof(TObs).Name}; got {observation?.GetType().Name ?? "null"}.", nameof(observation));
        }
        Encode(typed, destination);
    }
}
