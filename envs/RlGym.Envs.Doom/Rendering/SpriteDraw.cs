namespace RlGym.Envs.Doom.Rendering;

/// <summary>One sprite to draw this frame: where it lands on screen and how far away it is.</summary>
internal struct SpriteDraw
{
    /// <summary>Distance from the camera plane, in cells.</summary>
    public float Depth;

    /// <summary>Screen x of the sprite's left edge.</summary>
    public float Left;

    /// <summary>Screen y of the sprite's top edge.</summary>
    public float Top;

    public float Width;
    public float Height;
    public DoomObjectKind Kind;

    /// <summary>The labels-buffer value: the object's index in the world plus one.</summary>
    public byte Label;

    public float Light;
    public bool Attacking;
}
