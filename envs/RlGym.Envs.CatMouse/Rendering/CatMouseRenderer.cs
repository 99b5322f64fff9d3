using System.Text;
using RlGym.Core.Rendering;

namespace RlGym.Envs.CatMouse.Rendering;

/// <summary>
/// Draws the grid. Text: one line per row, the top line being the highest y, 'C' the cat, 'M' the mouse, 'X' both
/// on one cell, '.' an empty cell. Picture (after the seed's pygame view): black margins, white cells, the mouse's
/// trail in green getting darker over the episode with thick lines between its cells, then the cat in red on top.
/// </summary>
internal static class CatMouseRenderer
{
    /// <summary>The side of a cell in pixels.</summary>
    public const int CellPixels = 40;

    /// <summary>The black margin between cells, and the inset of a piece inside its cell, in pixels.</summary>
    public const int MarginPixels = 5;

    /// <summary>The thickness of the lines joining a trail's cells, in pixels.</summary>
    public const int LinePixels = 10;

    private const int Pitch = CellPixels + MarginPixels;

    /// <summary>The grid as text.</summary>
    public static Frame Ansi(in CatMouseState state)
    {
        var text = new StringBuilder((state.Width + 1) * state.Height);
        for (int y = state.Height - 1; y >= 0; y--)
        {
            for (int x = 0; x < state.Width; x++)
            {
                bool cat = x == state.CatX && y == state.CatY;
                bool mouse = x == state.MouseX && y == state.MouseY;
                text.Append(cat && mouse ? 'X' : cat ? 'C' : mouse ? 'M' : '.');
            }
            text.Append('\n');
        }
        return Frame.FromText(text.ToString());
    }

    /// <summary>The width or height in pixels of a picture of a grid with <paramref name="cells"/> cells on that side.</summary>
    public static int PixelsFor(int cells) => cells * Pitch + MarginPixels;

    /// <summary>The shade (0 to 255) of the <paramref name="index"/>-th of <paramref name="count"/> trail cells: 255 for the first, darker later, as the seed lowers lightness by 30 points over a game.</summary>
    public static byte Shade(int index, int count) => (byte)Math.Round(255.0 * (1.0 - 0.6 * index / count));

    /// <summary>The picture of a <paramref name="width"/> x <paramref name="height"/> grid with the two trails (each ending at the piece's cell).</summary>
    public static Frame Rgb(int width, int height, Trail mouse, Trail cat)
    {
        int w = PixelsFor(width), h = PixelsFor(height);
        var pixels = new byte[w * h * 3];
        var canvas = new Canvas(pixels, w, h);
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                int left = MarginPixels + column * Pitch, top = MarginPixels + row * Pitch;
                canvas.Fill(left, top, left + CellPixels, top + CellPixels, 255, 255, 255);
            }
        }
        DrawTrail(canvas, height, mouse, green: true);
        DrawTrail(canvas, height, cat, green: false);
        return Frame.FromRgb(w, h, pixels);
    }

    private static void DrawTrail(Canvas canvas, int height, Trail trail, bool green)
    {
        for (int i = 0; i < trail.Count; i++)
        {
            byte shade = Shade(i, trail.Count);
            byte r = green ? (byte)0 : shade, g = green ? shade : (byte)0;
            var (x, y) = trail[i];
            int left = MarginPixels + x * Pitch, top = MarginPixels + (height - 1 - y) * Pitch;
            canvas.Fill(left + MarginPixels, top + MarginPixels, left + CellPixels - MarginPixels, top + CellPixels - MarginPixels, r, g, 0);
            if (i + 1 < trail.Count)
            {
                var (nx, ny) = trail[i + 1];
                int ax = Centre(x), ay = Centre(height - 1 - y), bx = Centre(nx), by = Centre(height - 1 - ny);
                int half = LinePixels / 2;
                canvas.Fill(Math.Min(ax, bx) - half, Math.Min(ay, by) - half, Math.Max(ax, bx) + half, Math.Max(ay, by) + half, r, g, 0);
            }
        }
    }

    private static int Centre(int cell) => MarginPixels + cell * Pitch + CellPixels / 2;

    private readonly struct Canvas(byte[] pixels, int width, int height)
    {
        public void Fill(int x0, int y0, int x1, int y1, byte r, byte g, byte b)
        {
            x0 = Math.Max(x0, 0);
            y0 = Math.Max(y0, 0);
            x1 = Math.Min(x1, width);
            y1 = Math.Min(y1, height);
            for (int y = y0; y < y1; y++)
            {
                for (int x = x0; x < x1; x++)
                {
                    int at = (y * width + x) * 3;
                    pixels[at] = r;
                    pixels[at + 1] = g;
                    pixels[at + 2] = b;
                }
            }
        }
    }
}
