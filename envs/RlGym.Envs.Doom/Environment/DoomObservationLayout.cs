using System.Buffers.Binary;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// The observation as ViZDoom's Gymnasium wrapper shapes it: a Dict of <c>screen</c> (height, width, channels) bytes,
/// then, when asked, <c>depth</c> (height, width, 1), <c>labels</c> (height, width, 1) and <c>automap</c> (height,
/// width, channels) bytes, and <c>gamevariables</c> (the scenario's variables as float32; the key is absent when there
/// are none). Depth is the distance from the camera plane in steps of <see cref="DepthUnit"/> map units, 255 at and
/// beyond the farthest; a label is the object's index in the privileged state's objects plus one, 0 where none shows.
/// <para>The allocation-free path writes the same parts one after another in the Dict's key order, each as its raw
/// bytes (the game variables as little-endian float32): <see cref="Length"/> bytes in all.</para>
/// </summary>
internal sealed class DoomObservationLayout
{
    /// <summary>Map units per depth step (255 steps reach 2040 units, 32 cells).</summary>
    public const float DepthUnit = 8;

    private readonly ObservationSettings _settings;
    private readonly DoomWeapon _weapon;
    private readonly AutomapRenderer? _automap;
    private readonly int _screen;
    private readonly int _plane;

    public DoomObservationLayout(ScreenSettings screen, ObservationSettings settings, DoomMap map, DoomWeapon weapon)
    {
        _settings = settings;
        _weapon = weapon;
        _plane = screen.Width * screen.Height;
        _screen = _plane * screen.Channels;
        var parts = new List<KeyValuePair<string, ISpace>> { new(DoomObservations.Screen, new Box<byte>(0, 255, screen.Height, screen.Width, screen.Channels)) };
        if (settings.Depth)
        {
            parts.Add(new(DoomObservations.Depth, new Box<byte>(0, 255, screen.Height, screen.Width, 1)));
        }
        if (settings.Labels)
        {
            parts.Add(new(DoomObservations.Labels, new Box<byte>(0, 255, screen.Height, screen.Width, 1)));
        }
        if (settings.Automap)
        {
            _automap = new AutomapRenderer(map, screen.Width, screen.Height, screen.Channels);
            parts.Add(new(DoomObservations.Automap, new Box<byte>(0, 255, screen.Height, screen.Width, screen.Channels)));
        }
        if (settings.Variables.Count > 0)
        {
            parts.Add(new(DoomObservations.GameVariables, new Box<float>(float.MinValue, float.MaxValue, settings.Variables.Count)));
        }
        Space = new DictSpace([.. parts]);
        Length = _screen + (settings.Depth ? _plane : 0) + (settings.Labels ? _plane : 0) + (_automap?.Length ?? 0) + settings.Variables.Count * sizeof(float);
    }

    /// <summary>The observation space.</summary>
    public DictSpace Space { get; }

    /// <summary>Bytes an observation takes on the allocation-free path.</summary>
    public int Length { get; }

    /// <summary>A new observation with arrays of the right sizes, to fill with <see cref="Fill"/>.</summary>
    public Dictionary<string, object> Allocate()
    {
        var observation = new Dictionary<string, object>(Space.Spaces.Count, StringComparer.Ordinal) { [DoomObservations.Screen] = new byte[_screen] };
        if (_settings.Depth)
        {
            observation[DoomObservations.Depth] = new byte[_plane];
        }
        if (_settings.Labels)
        {
            observation[DoomObservations.Labels] = new byte[_plane];
        }
        if (_automap is not null)
        {
            observation[DoomObservations.Automap] = new byte[_automap.Length];
        }
        if (_settings.Variables.Count > 0)
        {
            observation[DoomObservations.GameVariables] = new float[_settings.Variables.Count];
        }
        return observation;
    }

    /// <summary>Writes the last frame and the world's variables into the arrays of <paramref name="observation"/> (made by <see cref="Allocate"/>).</summary>
    public void Fill(DoomRenderer renderer, DoomWorld world, IReadOnlyDictionary<string, object> observation)
    {
        renderer.WriteObservation((byte[])observation[DoomObservations.Screen]);
        if (_settings.Depth)
        {
            WriteDepth(renderer, (byte[])observation[DoomObservations.Depth]);
        }
        if (_settings.Labels)
        {
            renderer.Labels.CopyTo((byte[])observation[DoomObservations.Labels]);
        }
        _automap?.Write(world, (byte[])observation[DoomObservations.Automap]);
        if (_settings.Variables.Count > 0)
        {
            var values = (float[])observation[DoomObservations.GameVariables];
            var player = world.Player;
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Value(_settings.Variables[i], player);
            }
        }
    }

    /// <summary>Writes the observation's parts one after another into <paramref name="destination"/> (<see cref="Length"/> bytes).</summary>
    public void Write(DoomRenderer renderer, DoomWorld world, Span<byte> destination)
    {
        renderer.WriteObservation(destination[.._screen]);
        int offset = _screen;
        if (_settings.Depth)
        {
            WriteDepth(renderer, destination.Slice(offset, _plane));
            offset += _plane;
        }
        if (_settings.Labels)
        {
            renderer.Labels.CopyTo(destination.Slice(offset, _plane));
            offset += _plane;
        }
        if (_automap is not null)
        {
            _automap.Write(world, destination.Slice(offset, _automap.Length));
            offset += _automap.Length;
        }
        if (_settings.Variables.Count > 0)
        {
            var player = world.Player;
            for (int i = 0; i < _settings.Variables.Count; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(destination.Slice(offset + i * sizeof(float), sizeof(float)), Value(_settings.Variables[i], player));
            }
        }
    }

    private static void WriteDepth(DoomRenderer renderer, Span<byte> destination)
    {
        ReadOnlySpan<float> depth = renderer.Depth;
        for (int i = 0; i < depth.Length; i++)
        {
            destination[i] = (byte)Math.Min(255f, depth[i] / DepthUnit + 0.5f);
        }
    }

    private float Value(DoomGameVariable variable, in DoomPlayer player) => variable switch
    {
        DoomGameVariable.Health => player.Health,
        DoomGameVariable.Armor => player.Armor,
        DoomGameVariable.Ammo2 => _weapon == DoomWeapon.Pistol ? player.Ammo : 0,
        DoomGameVariable.Ammo5 => _weapon == DoomWeapon.RocketLauncher ? player.Ammo : 0,
        DoomGameVariable.KillCount => player.KillCount,
        DoomGameVariable.HitCount => player.HitCount,
        DoomGameVariable.DamageCount => player.DamageCount,
        DoomGameVariable.Dead => player.Dead ? 1 : 0,
        _ => 0,
    };
}
