using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>A Discrete observation as a one-hot vector of length n.</summary>
internal sealed class DiscreteEncoder(Discrete space, string name) : ObservationEncoder<int>
{
    private readonly ObservationSegment[] _segments = [new ObservationSegment(name, 0, space.N)];

    public override int Size => space.N;

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    public override void Encode(int observation, Span<float> destination)
    {
        var target = destination[..space.N];
        target.Clear();
        int index = observation - space.Start;
        if ((uint)index < (uint)space.N)
        {
            target[index] = 1f;
        }
    }
}
