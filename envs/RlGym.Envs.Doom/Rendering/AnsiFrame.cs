using System.Globalization;
using System.Text;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// A frame as coloured terminal text: each character is an upper half block whose foreground is one pixel and
/// background the pixel below (24-bit colour escapes), scaled down to at most 80 columns, under a status line.
/// </summary>
internal static class AnsiFrame
{
    public const int MaxColumns = 80;

    public static string Draw(ReadOnlySpan<uint> frame, int width, int height, string status)
    {
        int step = Math.Max(1, (width + MaxColumns - 1) / MaxColumns);
        var text = new StringBuilder(status.Length + width * height / step);
        text.Append(status).Append('\n');
        for (int y = 0; y + step < height; y += 2 * step)
        {
            uint lastTop = uint.MaxValue, lastBottom = uint.MaxValue;
            for (int x = 0; x < width; x += step)
            {
                uint top = frame[y * width + x], bottom = frame[(y + step) * width + x];
                if (top != lastTop)
                {
                    Escape(text, 38, top);
                    lastTop = top;
                }
                if (bottom != lastBottom)
                {
                    Escape(text, 48, bottom);
                    lastBottom = bottom;
                }
                text.Append('▀');
            }
            text.Append("\u001b[0m\n");
        }
        return text.ToString();
    }

    private static void Escape(StringBuilder text, int layer, uint colour) =>
        text.Append(CultureInfo.InvariantCulture, $"\u001b[{layer};2;{Colour.R(colour)};{Colour.G(colour)};{Colour.B(colour)}m");
}
