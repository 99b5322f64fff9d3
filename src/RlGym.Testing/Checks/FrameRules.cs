using RlGym.Core;
using RlGym.Core.Rendering;

namespace RlGym.Testing.Checks;

/// <summary>What Render must return in each mode, and when two frames are the same.</summary>
internal static class FrameRules
{
    /// <summary>The problem with <paramref name="frame"/> for <paramref name="mode"/>, or null.</summary>
    public static string? Problem(Frame? frame, RenderMode mode) => mode switch
    {
        RenderMode.None when frame is not null => $"returned a {frame.Mode} frame in render mode None; it must return null",
        RenderMode.None => null,
        _ when frame is null => $"returned null in render mode {mode}; it must return {Expected(mode)}",
        RenderMode.Ansi when frame.Mode != RenderMode.Ansi || frame.Text is null => $"returned a {frame.Mode} frame in render mode Ansi; it must return {Expected(mode)}",
        RenderMode.RgbArray when frame.Mode != RenderMode.RgbArray || frame.Pixels is null => $"returned a {frame.Mode} frame in render mode RgbArray; it must return {Expected(mode)}",
        RenderMode.RgbArray when frame.Width <= 0 || frame.Height <= 0 || frame.Pixels!.Length != frame.Width * frame.Height * 3 =>
            $"returned {frame.Pixels!.Length} bytes for a {frame.Width}x{frame.Height} picture; it needs width x height x 3 = {frame.Width * frame.Height * 3}",
        _ => null,
    };

    /// <summary>A copy of what a frame shows, safe from an environment that reuses its pixel buffer.</summary>
    public static (string? Text, int Width, int Height, byte[]? Pixels) Snapshot(Frame? frame) =>
        frame is null ? default : (frame.Text, frame.Width, frame.Height, (byte[]?)frame.Pixels?.Clone());

    /// <summary>True when <paramref name="frame"/> shows what <paramref name="snapshot"/> showed.</summary>
    public static bool Same((string? Text, int Width, int Height, byte[]? Pixels) snapshot, Frame? frame)
    {
        var other = Snapshot(frame);
        return snapshot.Text == other.Text && snapshot.Width == other.Width && snapshot.Height == other.Height &&
               (snapshot.Pixels ?? []).AsSpan().SequenceEqual(other.Pixels ?? []) && (snapshot.Pixels is null) == (other.Pixels is null);
    }

    private static string Expected(RenderMode mode) => mode == RenderMode.Ansi
        ? "a text frame (Frame.FromText)"
        : "an RGB frame of width x height x 3 bytes (Frame.FromRgb)";
}
