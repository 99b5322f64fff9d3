using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Encoding;

/// <summary>
/// A Box of any item type and shape. Byte boxes shaped like pictures, (height, width, channels) or stacked
/// (frames, height, width, channels), become one image segment (channels first, scaled to [0, 1]); everything else is
/// one flat vector of the items converted to float.
/// </summary>
internal sealed class BoxEncoder<T> : ObservationEncoder<T[]>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly ObservationSegment[] _segments;
    private readonly int _size;
    private readonly int _height;
    private readonly int _width;
    private readonly int _channels;

    public BoxEncoder(Box<T> box, string name)
    {
        _size = box.Size;
        if (ImageShape(box) is (int channels, int height, int width, int perFrame))
        {
            _height = height;
            _width = width;
            _channels = perFrame;
            _segments = [new ObservationSegment(name, 0, _size, channels, height, width)];
        }
        else
        {
            _segments = [new ObservationSegment(name, 0, _size)];
        }
    }

    public override int Size => _size;

    public override IReadOnlyList<ObservationSegment> Segments => _segments;

    public override void Encode(T[] observation, Span<float> destination)
    {
        if (observation.Length != _size)
        {
            throw new ArgumentException($"The observation has {observation.Length} items; the Box holds {_size}.", nameof(observation));
        }
        if (!_segments[0].IsImage)
        {
            for (int i = 0; i < observation.Length; i++)
            {
                destination[i] = float.CreateSaturating(observation[i]);
            }
            return;
        }
        // (frames, height, width, channels) to (frames * channels, height, width), scaled to [0, 1].
        const float scale = 1f / 255f;
        int plane = _height * _width, frameSize = plane * _channels;
        int frames = _size / frameSize;
        for (int f = 0; f < frames; f++)
        {
            int from = f * frameSize;
            for (int c = 0; c < _channels; c++)
            {
                var target = destination.Slice((f * _channels + c) * plane, plane);
                for (int p = 0; p < plane; p++)
                {
                    target[p] = float.CreateTruncating(observation[from + p * _channels + c]) * scale;
                }
            }
        }
    }

    /// <summary>(channels in all, height, width, channels per frame) when the box is a byte picture at least 8 x 8.</summary>
    private static (int, int, int, int)? ImageShape(Box<T> box)
    {
        if (typeof(T) != typeof(byte))
        {
            return null;
        }
        var shape = box.Shape;
        return shape.Count switch
        {
            3 when shape[2] <= 4 && shape[0] >= 8 && shape[1] >= 8 => (shape[2], shape[0], shape[1], shape[2]),
            4 when shape[3] <= 4 && shape[1] >= 8 && shape[2] >= 8 => (shape[0] * shape[3], shape[1], shape[2], shape[3]),
            _ => null,
        };
    }
}
