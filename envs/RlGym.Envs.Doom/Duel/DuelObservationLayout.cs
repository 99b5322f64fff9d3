using System.Buffers.Binary;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Duel;

/// <summary>
/// A duel player's observation, shaped as the single-player scenarios' (ViZDoom's Gymnasium wrapper): a Dict of
/// <c>screen</c> (height, width, channels) bytes from the player's own eyes and <c>gamevariables</c> (the player's
/// variables as float32; the key is absent when there are none). <see cref="Write"/> lays the same parts one after
/// another (the variables as little-endian float32) into a caller's buffer.
/// </summary>
internal sealed class DuelObservationLayout
{
    private readonly IReadOnlyList<DoomGameVariable> _variables;
    private readonly int _screen;

    public DuelObservationLayout(ScreenSettings screen, IReadOnlyList<DoomGameVariable> variables)
    {
        _variables = variables;
        _screen = screen.Width * screen.Height * screen.Channels;
        var parts = new List<KeyValuePair<string, ISpace>> { new(DoomObservations.Screen, new Box<byte>(0, 255, screen.Height, screen.Width, screen.Channels)) };
        if (variables.Count > 0)
        {
            parts.Add(new(DoomObservations.GameVariables, new Box<float>(float.MinValue, float.MaxValue, variables.Count)));
        }
        Space = new DictSpace([.. parts]);
        Length = _screen + variables.Count * sizeof(float);
    }

    /// <summary>The observation space (one object for each player: the two are separate spaces with equal shapes).</summary>
    public DictSpace Space { get; }

    /// <summary>Bytes an observation takes on the buffered path.</summary>
    public int Length { get; }

    /// <summary>A new observation holding the renderer's last frame and the player's variables.</summary>
    public Dictionary<string, object> Observe(DoomRenderer renderer, in DuelFighter player)
    {
        var screen = new byte[_screen];
        renderer.WriteObservation(screen);
        var observation = new Dictionary<string, object>(2, StringComparer.Ordinal) { [DoomObservations.Screen] = screen };
        if (_variables.Count > 0)
        {
            var values = new float[_variables.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Value(_variables[i], player);
            }
            observation[DoomObservations.GameVariables] = values;
        }
        return observation;
    }

    /// <summary>Writes the observation's parts one after another into <paramref name="destination"/> (<see cref="Length"/> bytes).</summary>
    public void Write(DoomRenderer renderer, in DuelFighter player, Span<byte> destination)
    {
        renderer.WriteObservation(destination[.._screen]);
        for (int i = 0; i < _variables.Count; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(destination.Slice(_screen + i * sizeof(float), sizeof(float)), Value(_variables[i], player));
        }
    }

    /// <summary>A variable's value for a duel player; those the duel has no use for (armor, rockets, monster kills) are 0, as in Doom.</summary>
    private static float Value(DoomGameVariable variable, in DuelFighter player) => variable switch
    {
        DoomGameVariable.Health => player.Health,
        DoomGameVariable.Ammo2 => player.Ammo,
        DoomGameVariable.FragCount => player.Frags,
        DoomGameVariable.DeathCount => player.Deaths,
        DoomGameVariable.HitCount => player.Hits,
        DoomGameVariable.DamageCount => player.DamageDealt,
        DoomGameVariable.Dead => player.Dead ? 1 : 0,
        _ => 0,
    };
}
