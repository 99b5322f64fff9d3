namespace RlGym.Envs.Doom.Rendering;

/// <summary>What a sprite pixel writes: a colour, a label or a depth. A struct type argument, so the loop is compiled once per kind of buffer.</summary>
internal interface ISpritePixelWriter
{
    /// <summary>Prepares for the next sprite.</summary>
    void Begin(in SpriteDraw draw);

    /// <summary>Writes the sprite's texel of palette index <paramref name="index"/> (never 0) at <paramref name="pixel"/>.</summary>
    void Write(int pixel, byte index);
}
