using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom;

/// <summary>
/// The privileged state of a Doom environment (read through <c>IPrivileged&lt;DoomState&gt;</c>, never part of a
/// student's observation): the player's pose and game variables, every object with kind, position and health, the
/// map, and the depth and labels buffers of the last frame. A read-only view of the live environment: it changes
/// when the environment steps, so copy what must outlive the step.
/// </summary>
public readonly struct DoomState
{
    private readonly DoomWorld _world;
    private readonly DoomRenderer _renderer;

    internal DoomState(DoomWorld world, DoomRenderer renderer)
    {
        _world = world;
        _renderer = renderer;
    }

    /// <summary>The scenario being played.</summary>
    public DoomScenario Scenario => _world.Scenario;

    /// <summary>The map.</summary>
    public DoomMap Map => _world.Map;

    /// <summary>Tics since the episode started (35 a second).</summary>
    public int Tic => _world.Tic;

    /// <summary>The player's pose and game variables.</summary>
    public DoomPlayer Player => _world.Player;

    /// <summary>Every object in the world; a labels-buffer value v means <c>Objects[v - 1]</c>.</summary>
    public ReadOnlySpan<DoomObject> Objects => _world.Objects;

    /// <summary>Screen width in pixels.</summary>
    public int ScreenWidth => _renderer.Settings.Width;

    /// <summary>Screen height in pixels.</summary>
    public int ScreenHeight => _renderer.Settings.Height;

    /// <summary>Per-pixel distance from the camera plane in map units, row-major (ViZDoom's depth buffer).</summary>
    public ReadOnlySpan<float> DepthBuffer => _renderer.Depth;

    /// <summary>Per-pixel object labels, row-major: 0 for none, otherwise the object's index in <see cref="Objects"/> plus one.</summary>
    public ReadOnlySpan<byte> LabelsBuffer => _renderer.Labels;

    /// <summary>The index in <see cref="Objects"/> of the monster a shot fired now would hit, or -1.</summary>
    public int AimedObject
    {
        get
        {
            var (x, y) = _world.PlayerPosition;
            uint angle = _world.PlayerAngle;
            return _world.HitscanTarget(x, y, Angles.Cos(angle), Angles.Sin(angle));
        }
    }

    /// <summary>True when no wall stands between the player and the point (map units).</summary>
    public bool PlayerCanSee(double x, double y)
    {
        var (px, py) = _world.PlayerPosition;
        return GridRay.LineOfSight(_world.Map, px, py, x, y);
    }
}
