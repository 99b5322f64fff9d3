using RlGym.Core.Spaces;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Duel;

/// <summary>
/// A duel player's observation, shaped as the single-player scenarios' (ViZDoom's Gymnasium wrapper): a Dict of
/// <c>screen</c> (height, width, channels) bytes from the player's own eyes and <c>gamevariables</c> (the player's
/// variables as float32; the key is absent when there are none). <see cref="Fill"/> writes them into the arrays of a
/// Dict made once by <see cref="Allocate"/> (the allocation-free path).
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
    }

    /// <summary>The observation space (one object for each player: the two are separate spaces with equal shapes).</summary>
    public DictSpace Space { get; }

    /// <summary>A new observation holding the renderer's last frame and the player's variables.</summary>
    public Dictionary<string, object> Observe(DoomRenderer renderer, in DuelFighter player)
    {
        var observation = Allocate();
        Fill(renderer, player, observation);
        return observation;
    }

    /// <summary>A new observation with arrays of the right sizes, to fill with <see cref="Fill"/>.</summary>
    public Dictionary<string, object> Allocate()
    {
        var observation = new Dictionary<string, object>(2, StringComparer.Ordinal) { [DoomObservations.Screen] = new byte[_screen] };
        if (_variables.Count > 0)
        {
            observation[DoomObservations.GameVariables] = new float[_variables.Count];
        }
        return observation;
    }

    /// <summary>True when <paramref name="observation"/> has this layout's parts with arrays of their sizes (as <see cref="Allocate"/> makes them).</summary>
    public bool Fits(IReadOnlyDictionary<string, object>? observation) =>
        observation is not null
        && observation.Count == (_variables.Count > 0 ? 2 : 1)
        && observation.TryGetValue(DoomObservations.Screen, out var screen) && screen is byte[] pixels && pixels.Length == _screen
        && (_variables.Count == 0 || (observation.TryGetValue(DoomObservations.GameVariables, out var variables) && variables is float[] values && values.Length == _variables.Count));

    /// <summary>Writes the renderer's last frame and the player's variables into the arrays of <paramref name="observation"/> (made by <see cref="Allocate"/>).</summary>
    public void Fill(DoomRenderer renderer, in DuelFighter player, IReadOnlyDictionary<string, object> observation)
    {
        renderer.WriteObservation((byte[])observation[DoomObservations.Screen]);
        if (_variables.Count > 0)
        {
            var values = (float[])observation[DoomObservations.GameVariables];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Value(_variables[i], player);
            }
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
