using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>A MultiBinary observation as its 0/1 items.</summary>
internal sealed class MultiBinaryEncoder(MultiBinary space, string name) : ObservationEncoder<byte[]>
{
    private readonly ObservationSegment[] _segments = [new ObservationSegment(name, 0, space.Size)];

    public override int Size => space.Size;

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    public override void Encode(byte[] observation, Span<float> destination)
    {
        for (int i = 0; i < space.Size; i++)
        {
            destination[i] = observation[i];
        }
    }
}
