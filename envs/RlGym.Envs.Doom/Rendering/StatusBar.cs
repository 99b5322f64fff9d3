namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// The status bar (ViZDoom's <c>render_hud</c>): a dark strip along the bottom of the screen with the ammunition, the
/// health and the armor as red numbers from left to right, drawn over the frame after the weapon. Allocates nothing.
/// </summary>
internal sealed class StatusBar
{
    /// <summary>Digits 0 to 9, 3 pixels wide and 5 tall: each row's three bits, left pixel highest.</summary>
    private static readonly byte[] Digits =
    [
        0b111, 0b101, 0b101, 0b101, 0b111,
        0b010, 0b110, 0b010, 0b010, 0b111,
        0b111, 0b001, 0b111, 0b100, 0b111,
        0b111, 0b001, 0b111, 0b001, 0b111,
        0b101, 0b101, 0b111, 0b001, 0b001,
        0b111, 0b100, 0b111, 0b001, 0b111,
        0b111, 0b100, 0b111, 0b101, 0b111,
        0b111, 0b001, 0b010, 0b010, 0b010,
        0b111, 0b101, 0b111, 0b101, 0b111,
        0b111, 0b101, 0b111, 0b001, 0b111,
    ];

    private readonly int _width;
    private readonly int _top;
    private readonly int _scale;
    private readonly uint _background;
    private readonly uint _ink;

    public StatusBar(int width, int height, bool gray)
    {
        _width = width;
        _scale = Math.Max(1, height / 60);
        int barHeight = 7 * _scale;
        _top = height - barHeight;
        _background = Colour.Shade(Colour.FromHex(0x2A2A2A), 1f, gray);
        _ink = Colour.Shade(Colour.FromHex(0xD02020), 1f, gray);
    }

    /// <summary>The first row of the bar.</summary>
    public int Top => _top;

    /// <summary>Draws the bar with <paramref name="ammo"/>, <paramref name="health"/> and <paramref name="armor"/> over <paramref name="frame"/>.</summary>
    public void Draw(Span<uint> frame, int ammo, int health, int armor)
    {
        frame[(_top * _width)..].Fill(_background);
        int third = _width / 3;
        DrawNumber(frame, ammo, third / 2);
        DrawNumber(frame, health, third + third / 2);
        DrawNumber(frame, armor, 2 * third + third / 2);
    }

    private void DrawNumber(Span<uint> frame, int value, int centre)
    {
        value = Math.Clamp(value, 0, 999);
        int digits = value >= 100 ? 3 : value >= 10 ? 2 : 1;
        int advance = 4 * _scale;
        int left = centre - (digits * advance - _scale) / 2;
        for (int d = digits - 1; d >= 0; d--)
        {
            DrawDigit(frame, value % 10, left + d * advance);
            value /= 10;
        }
    }

    private void DrawDigit(Span<uint> frame, int digit, int left)
    {
        int top = _top + _scale;
        for (int row = 0; row < 5; row++)
        {
            int bits = Digits[digit * 5 + row];
            for (int column = 0; column < 3; column++)
            {
                if ((bits & (4 >> column)) == 0)
                {
                    continue;
                }
                for (int dy = 0; dy < _scale; dy++)
                {
                    for (int dx = 0; dx < _scale; dx++)
                    {
                        int x = left + column * _scale + dx;
                        if ((uint)x < (uint)_width)
                        {
                            frame[(top + row * _scale + dy) * _width + x] = _ink;
                        }
                    }
                }
            }
        }
    }
}
