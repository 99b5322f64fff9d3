namespace RlGym.Envs.Doom.Rendering;

/// <summary>A fixed picture drawn over the frame (the pistol, its flash): its opaque pixels and their colours, worked out once.</summary>
internal sealed class Overlay
{
    private readonly int[] _pixels;
    private readonly uint[] _colours;

    /// <summary>Lays <paramref name="art"/> at (left, top), each texel <paramref name="scale"/> pixels square, clipped to the screen.</summary>
    public Overlay(SpriteArt art, int left, int top, int scale, int width, int height, bool gray)
    {
        var pixels = new List<int>();
        var colours = new List<uint>();
        for (int ty = 0; ty < art.Height * scale; ty++)
        {
            for (int tx = 0; tx < art.Width * scale; tx++)
            {
                int x = left + tx, y = top + ty;
                byte index = art.Pixels[ty / scale * art.Width + tx / scale];
                if (index != 0 && (uint)x < (uint)width && (uint)y < (uint)height)
                {
                    pixels.Add(y * width + x);
                    colours.Add(Colour.Shade(art.Palette[index], 1f, gray));
                }
            }
        }
        _pixels = [.. pixels];
        _colours = [.. colours];
    }

    public void Draw(uint[] frame)
    {
        for (int i = 0; i < _pixels.Length; i++)
        {
            frame[_pixels[i]] = _colours[i];
        }
    }
}
