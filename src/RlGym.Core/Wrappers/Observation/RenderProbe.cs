using RlGym.Core.Rendering;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>What the render-observation wrappers share: the frame size, and the pixels of the current frame.</summary>
internal static class RenderProbe
{
    /// <summary>Resets once (unseeded) and renders, as Gymnasium does, to learn the frame size.</summary>
    public static (int Width, int Height) Size<TObs, TAction>(IEnvironment<TObs, TAction> environment, string wrapper)
    {
        if (environment.RenderMode != RenderMode.RgbArray)
        {
            throw new ArgumentException($"{wrapper} needs an environment made in render mode RgbArray; this one renders {environment.RenderMode}.", nameof(environment));
        }
        environment.Reset();
        var frame = environment.Render();
        if (frame?.Pixels is null)
        {
            throw new ArgumentException($"{wrapper}: Render() returned no RGB frame after Reset().", nameof(environment));
        }
        return (frame.Width, frame.Height);
    }

    public static byte[] Pixels(IEnvironment environment, int width, int height)
    {
        var frame = environment.Render() ?? throw new InvalidOperationException("Render() returned no frame in render mode RgbArray.");
        if (frame.Pixels is null || frame.Width != width || frame.Height != height)
        {
            throw new InvalidOperationException($"Render() returned a {frame.Width}x{frame.Height} frame; the observation space holds {width}x{height} frames.");
        }
        return frame.Pixels;
    }
}
