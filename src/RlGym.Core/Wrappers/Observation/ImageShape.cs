using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>An image Box's layout: (height, width) or (height, width, channels), and its overall bounds.</summary>
internal readonly record struct ImageShape(int Height, int Width, int Channels, bool HasChannelAxis)
{
    public static ImageShape Of<T>(Box<T> box, string wrapper)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        var shape = box.Shape;
        return shape.Count switch
        {
            2 => new ImageShape(shape[0], shape[1], 1, false),
            3 => new ImageShape(shape[0], shape[1], shape[2], true),
            _ => throw new ArgumentException($"{wrapper} needs an image space of shape (height, width) or (height, width, channels); the environment has {box}."),
        };
    }

    public static (T Low, T High) Bounds<T>(Box<T> box)
        where T : unmanaged, INumber<T>, IMinMaxValue<T>
    {
        T low = T.MaxValue, high = T.MinValue;
        foreach (T v in box.Low)
        {
            low = T.Min(low, v);
        }
        foreach (T v in box.High)
        {
            high = T.Max(high, v);
        }
        return (low, high);
    }
}
