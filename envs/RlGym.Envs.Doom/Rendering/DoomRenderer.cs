using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Rendering;

/// <summary>
/// The software renderer: a raycaster over the grid map. Each frame casts one ray per column to find the wall, its
/// distance and texture coordinate; composes the frame row by row with SIMD (ceiling and floor shaded by distance,
/// walls textured with a brick pattern computed from integer texel coordinates, no per-pixel branches); then draws
/// the sprites far to near, clipped per column against the wall distances; then the weapon and, when asked, the status bar. Everything it needs is
/// allocated once; a frame allocates nothing. Depth and labels buffers are derived from the same frame on demand.
/// Pixels are packed 0x00BBGGRR (bytes R, G, B, 0) in a row-major frame.
/// </summary>
internal sealed partial class DoomRenderer
{
    /// <summary>Eye height as a fraction of the wall height (walls are one cell, 64 units, tall).</summary>
    private const float EyeHeight = 0.5f;
    private const float MinDepth = 0.05f;
    private const float MaxDepth = 64f;
    private const int Lanes = 16;

    private readonly int _width;
    private readonly int _height;
    private readonly float _focal;
    private readonly float _horizon;
    private readonly uint[] _frame;
    private readonly float[] _cameraX;
    private readonly uint[] _background;
    private readonly float[] _rowDepth;
    private readonly Overlay _pistol;
    private readonly Overlay _flash;
    private readonly StatusBar? _statusBar;

    public DoomRenderer(ScreenSettings settings, bool acidFloor, DoomWeapon weapon = DoomWeapon.Pistol)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _width = settings.Width;
        _height = settings.Height;
        _focal = _width / 2f;
        _horizon = _height / 2f;
        _frame = new uint[_width * _height];
        int padded = (_width + Lanes - 1) / Lanes * Lanes;
        _top = new int[padded];
        _bottom = new int[padded];
        _vBase = new int[padded];
        _vStep = new int[padded];
        _rowMask = new int[padded];
        _brickBit = new int[padded];
        _jointEven = new int[padded];
        _jointOdd = new int[padded];
        _main = new int[padded];
        _mortar = new int[padded];
        _wallDepth = new float[padded];
        _rays = new RayBatch(_width);
        _cameraX = new float[_width];
        for (int x = 0; x < _width; x++)
        {
            _cameraX[x] = 2f * (x + 0.5f) / _width - 1f;
        }
        _background = new uint[_height];
        _rowDepth = new float[_height];
        uint ceiling = Colour.FromHex(0x484848), floor = Colour.FromHex(acidFloor ? 0x2F8F2A : 0x6A5E50);
        for (int y = 0; y < _height; y++)
        {
            float offset = Math.Abs(y + 0.5f - _horizon);
            float depth = Math.Min(MaxDepth, _focal * EyeHeight / offset);
            _rowDepth[y] = depth;
            _background[y] = Colour.Shade(y < _horizon ? ceiling : floor, Light(depth), settings.Gray);
        }
        _depth = new float[_width * _height];
        _labels = new byte[_width * _height];
        int scale = Math.Max(1, _height / 60);
        SpriteArt pistol = weapon == DoomWeapon.RocketLauncher ? SpriteLibrary.Launcher : SpriteLibrary.Pistol, burst = SpriteLibrary.Flash;
        int pistolTop = _height - pistol.Height * scale;
        _pistol = new Overlay(pistol, _width / 2 - pistol.Width * scale / 2, pistolTop, scale, _width, _height, settings.Gray);
        _flash = new Overlay(burst, _width / 2 - burst.Width * scale / 2, pistolTop - burst.Height * scale + scale, scale, _width, _height, settings.Gray);
        _statusBar = settings.Hud ? new StatusBar(_width, _height, settings.Gray) : null;
        _wallShades = new uint[WallTextures * 2 * LightLevels * 2];
        for (int texture = 1; texture <= WallTextures; texture++)
        {
            WallStyle style = WallStyle.Of(texture);
            for (int side = 0; side < 2; side++)
            {
                for (int level = 0; level < LightLevels; level++)
                {
                    float light = level / (LightLevels - 1f) * (side == 1 ? SideLight : 1f);
                    int at = ShadeIndex(texture, side, level);
                    _wallShades[at] = Colour.Shade(style.Main, light, settings.Gray);
                    _wallShades[at + 1] = Colour.Shade(style.Mortar, light, settings.Gray);
                }
            }
        }
    }

    public ScreenSettings Settings { get; }

    /// <summary>The last frame, row-major, 0x00BBGGRR.</summary>
    public ReadOnlySpan<uint> Frame => _frame;

    /// <summary>Renders what the player sees in <paramref name="world"/>.</summary>
    public void Render(DoomWorld world)
    {
        var (px, py) = world.PlayerPosition;
        var player = world.Player;
        Render(world.Map, px, py, world.PlayerAngle, world.Things, world.MuzzleFlash, player.Ammo, player.Health, player.Armor);
    }

    /// <summary>
    /// Renders the view of an eye at (<paramref name="x"/>, <paramref name="y"/>) (map units) facing
    /// <paramref name="angle"/> over <paramref name="map"/> with <paramref name="things"/> as sprites (labels are their
    /// indexes plus one), the weapon with or without its <paramref name="flash"/>, and, when the settings ask, the
    /// status bar with <paramref name="ammo"/>, <paramref name="health"/> and <paramref name="armor"/>.
    /// </summary>
    public void Render(DoomMap map, double x, double y, uint angle, ReadOnlySpan<Thing> things, bool flash, int ammo, int health, int armor)
    {
        var camera = new Camera((float)(x / DoomMap.CellSize), (float)(y / DoomMap.CellSize), (float)Angles.Cos(angle), (float)Angles.Sin(angle));
        CastWalls(map, camera);
        ComposeRows();
        CollectSprites(things, camera);
        DrawSprites();
        if (Settings.Weapon)
        {
            DrawWeapon(flash);
        }
        _statusBar?.Draw(_frame, ammo, health, armor);
        _depthReady = false;
        _labelsReady = false;
    }

    /// <summary>Writes the last frame as an observation: height x width x 3 RGB bytes, or height x width grey bytes.</summary>
    public void WriteObservation(Span<byte> destination)
    {
        if (Settings.Gray)
        {
            FramePacker.PackGray(_frame, destination);
        }
        else
        {
            FramePacker.PackRgb(_frame, destination);
        }
    }

    /// <summary>The light level (0.2 to 1) at a distance in cells: Doom's light diminishing, simplified.</summary>
    private static float Light(float depth) => Math.Clamp(1.1f - 0.08f * depth, 0.2f, 1f);

    /// <summary>Where the camera is (in cells) and where it looks.</summary>
    private readonly record struct Camera(float X, float Y, float DirX, float DirY)
    {
        /// <summary>The right-hand camera plane at 90 degrees field of view: the direction turned a quarter clockwise.</summary>
        public float PlaneX => DirY;

        public float PlaneY => -DirX;
    }
}
