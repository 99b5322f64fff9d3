using RlGym.Core;
using RlGym.Core.Rendering;
using StbImageWriteSharp;

namespace RlGym.Runner.Images;

/// <summary>Writes RGB frames (<see cref="RenderMode.RgbArray"/>) as PNG files.</summary>
public static class PngFrames
{
    /// <summary>Encodes <paramref name="frame"/> as a PNG into <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">When the frame is not an RGB picture.</exception>
    public static void Write(Frame frame, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(stream);
        if (frame.Mode != RenderMode.RgbArray || frame.Pixels is null)
        {
            throw new ArgumentException($"Only RGB frames can be written as PNG; this frame is {frame.Mode}.", nameof(frame));
        }
        new ImageWriter().WritePng(frame.Pixels, frame.Width, frame.Height, ColorComponents.RedGreenBlue, stream);
    }

    /// <summary>Encodes <paramref name="frame"/> as a PNG file at <paramref name="path"/> (created or replaced).</summary>
    /// <exception cref="ArgumentException">When the frame is not an RGB picture.</exception>
    public static void Save(Frame frame, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(frame, stream);
    }
}
