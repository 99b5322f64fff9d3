using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>GrayscaleObservation</c>: turns RGB images of shape (height, width, 3) into grey ones of shape
/// (height, width), or (height, width, 1) with <c>keepDim</c>, with Gymnasium's luminance weights
/// 0.2125 R + 0.7154 G + 0.0721 B, truncated to a byte. Each returned array is new.
/// </summary>
internal sealed class GrayscaleObservation<TAction> : ObservationWrapper<byte[], byte[], TAction>
{
    private readonly int _pixels;

    public GrayscaleObservation(IEnvironment<byte[], TAction> inner, bool keepDim) : base(inner)
    {
        var box = BoxOf.Require<byte>(inner.ObservationSpace, "GrayscaleObservation");
        var image = ImageShape.Of(box, "GrayscaleObservation");
        if (!image.HasChannelAxis || image.Channels != 3)
        {
            throw new ArgumentException($"GrayscaleObservation needs RGB images of shape (height, width, 3); the environment has {box}.", nameof(inner));
        }
        _pixels = image.Height * image.Width;
        ObservationSpace = new Box<byte>(0, 255, keepDim ? [image.Height, image.Width, 1] : [image.Height, image.Width]);
    }

    public override ISpace<byte[]> ObservationSpace { get; }

    protected override byte[] Observation(byte[] rgb)
    {
        var grey = new byte[_pixels];
        for (int i = 0; i < grey.Length; i++)
        {
            grey[i] = (byte)(0.2125 * rgb[i * 3] + 0.7154 * rgb[i * 3 + 1] + 0.0721 * rgb[i * 3 + 2]);
        }
        return grey;
    }
}
