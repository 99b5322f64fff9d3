namespace RlGym.Envs.Doom.Rendering;

/// <summary>What the renderer draws: the resolution, colour or grey, and whether the pistol shows.</summary>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="Gray">One grey channel rather than RGB.</param>
/// <param name="Weapon">Draw the first-person pistol (ViZDoom's render_weapon).</param>
/// <param name="Hud">Draw the status bar with health and ammunition along the bottom (ViZDoom's render_hud).</param>
internal sealed record ScreenSettings(int Width, int Height, bool Gray, bool Weapon, bool Hud = false)
{
    public const int MinSide = 16;
    public const int MaxWidth = 1280;
    public const int MaxHeight = 960;

    /// <summary>Bytes a pixel takes in an observation.</summary>
    public int Channels => Gray ? 1 : 3;

    /// <summary>ViZDoom's default for these scenarios here: 160x120 RGB with the pistol.</summary>
    public static ScreenSettings Default { get; } = new(160, 120, false, true);
}
