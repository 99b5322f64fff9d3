using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>A MultiDiscrete observation as one one-hot vector per item, concatenated.</summary>
internal sealed class MultiDiscreteEncoder : ObservationEncoder<int[]>
{
    private readonly int[] _nvec;
    private readonly int[] _start;
    private readonly ObservationSegment[] _segments;

    public MultiDiscreteEncoder(MultiDiscrete space, string name)
    {
        _nvec = space.NVec.ToArray();
        _start = space.Start.ToArray();
        Size = _nvec.Sum();
        _segments = [new ObservationSegment(name, 0, Size)];
    }

    public override int Size { get; }

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    public override void Encode(int[] observation, Span<float> destination)
    {
        destination[..Size].Clear();
        int offset = 0;
        for (int i = 0; i < _nvec.Length; i++)
        {
            int index = observation[i] - _start[i];
            if ((uint)index < (uint)_nvec[i])
            {
                destination[offset + index] = 1f;
            }
            offset += _nvec[i];
        }
    }
}
