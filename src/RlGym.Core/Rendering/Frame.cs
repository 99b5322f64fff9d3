namespace RlGym.Core.Rendering;

/// <summary>
/// What <c>Render()</c> returns: a text frame for <see cref="RenderMode.Ansi"/> or an RGB picture
/// (rows top to bottom, 3 bytes a pixel) for <see cref="RenderMode.RgbArray"/>.
/// </summary>
public sealed class Frame
{
    private Frame(RenderMode mode, string? text, int width, int height, byte[]? pixels)
    {
        Mode = mode;
        Text = text;
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>The render mode that made this frame.</summary>
    public RenderMode Mode { get; }

    /// <summary>The text of an ansi frame; null for pictures.</summary>
    public string? Text { get; }

    /// <summary>Width in pixels of a picture; 0 for text.</summary>
    public int Width { get; }

    /// <summary>Height in pixels of a picture; 0 for text.</summary>
    public int Height { get; }

    /// <summary>The RGB bytes of a picture (height x width x 3, row-major, top row first); null for text.</summary>
    public byte[]? Pixels { get; }

    /// <summary>A text frame.</summary>
    public static Frame FromText(string text) => new(RenderMode.Ansi, text ?? throw new ArgumentNullException(nameof(text)), 0, 0, null);

    /// <summary>An RGB frame over <paramref name="pixels"/> (not copied).</summary>
    /// <exception cref="ArgumentException">When the pixel count does not match width x height x 3.</exception>
    public static Frame FromRgb(int width, int height, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width <= 0 || height <= 0 || pixels.Length != width * height * 3)
        {
            throw new ArgumentException($"An RGB frame of {width}x{height} needs {width * height * 3} bytes, got {pixels.Length}.", nameof(pixels));
        }
        return new Frame(RenderMode.RgbArray, null, width, height, pixels);
    }

    /// <inheritdoc />
    public override string ToString() => Mode == RenderMode.Ansi ? Text! : $"RGB frame {Width}x{Height}";
}
