namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// A Dict or Tuple observation: each part encoded by its own encoder, concatenated in the space's order. Dict entries
/// under <c>action_mask</c> are not encoded (the learner reads them as the action mask).
/// </summary>
internal sealed class CompositeEncoder<TObs> : ObservationEncoder<TObs>
{
    private readonly (ObservationEncoder Encoder, int Offset)[] _parts;
    private readonly Func<TObs, int, object?> _part;
    private readonly ObservationSegment[] _segments;

    public CompositeEncoder(IReadOnlyList<ObservationEncoder> parts, Func<TObs, int, object?> part)
    {
        _part = part;
        _parts = new (ObservationEncoder, int)[parts.Count];
        var segments = new List<ObservationSegment>();
        int offset = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            _parts[i] = (parts[i], offset);
            segments.AddRange(parts[i].Segments.Select(s => s with { Offset = s.Offset + offset }));
            offset += parts[i].Size;
        }
        Size = offset;
        _segments = [.. segments];
    }

    public override int Size { get; }

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    public override void Encode(TObs observation, Span<float> destination)
    {
        for (int i = 0; i < _parts.Length; i++)
        {
            var (encoder, offset) = _parts[i];
            encoder.EncodeObject(_part(observation, i), destination.Slice(offset, encoder.Size));
        }
    }
}
