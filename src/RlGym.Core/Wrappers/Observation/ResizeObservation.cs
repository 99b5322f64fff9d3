using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>ResizeObservation</c>: resizes image observations of shape (height, width[, channels]) to
/// (newHeight, newWidth[, channels]) by bilinear interpolation between pixel centres (Gymnasium uses OpenCV's
/// INTER_AREA, so values can differ slightly). The space's bounds are the image's overall lowest and highest bound.
/// Each returned array is new.
/// </summary>
internal sealed class ResizeObservation<T, TAction> : ObservationWrapper<T[], T[], TAction>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly ImageShape _from;
    private readonly int _height;
    private readonly int _width;

    public ResizeObservation(IEnvironment<T[], TAction> inner, int height, int width) : base(inner)
    {
        var box = BoxOf.Require<T>(inner.ObservationSpace, "ResizeObservation");
        _from = ImageShape.Of(box, "ResizeObservation");
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        _height = height;
        _width = width;
        var (low, high) = ImageShape.Bounds(box);
        ObservationSpace = new Box<T>(low, high, _from.HasChannelAxis ? [height, width, _from.Channels] : [height, width]);
    }

    public override ISpace<T[]> ObservationSpace { get; }

    protected override T[] Observation(T[] image)
    {
        int c = _from.Channels;
        var resized = new T[_height * _width * c];
        double sy = (double)_from.Height / _height, sx = (double)_from.Width / _width;
        for (int y = 0; y < _height; y++)
        {
            double fy = Math.Clamp((y + 0.5) * sy - 0.5, 0, _from.Height - 1);
            int y0 = (int)fy, y1 = Math.Min(y0 + 1, _from.Height - 1);
            double wy = fy - y0;
            for (int x = 0; x < _width; x++)
            {
                double fx = Math.Clamp((x + 0.5) * sx - 0.5, 0, _from.Width - 1);
                int x0 = (int)fx, x1 = Math.Min(x0 + 1, _from.Width - 1);
                double wx = fx - x0;
                for (int k = 0; k < c; k++)
                {
                    double top = Value(image, y0, x0, k) * (1 - wx) + Value(image, y0, x1, k) * wx;
                    double bottom = Value(image, y1, x0, k) * (1 - wx) + Value(image, y1, x1, k) * wx;
                    double v = top * (1 - wy) + bottom * wy;
                    resized[(y * _width + x) * c + k] = Box<T>.IsInteger ? T.CreateSaturating(Math.Round(v)) : T.CreateSaturating(v);
                }
            }
        }
        return resized;
    }

    private double Value(T[] image, int y, int x, int k) => double.CreateTruncating(image[(y * _from.Width + x) * _from.Channels + k]);
}
