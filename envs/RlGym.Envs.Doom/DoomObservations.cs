namespace RlGym.Envs.Doom;

/// <summary>
/// The keys of a Doom observation (a Dict, as ViZDoom's Gymnasium wrapper gives it) and a reader for its pixels.
/// </summary>
public static class DoomObservations
{
    /// <summary>The pixels: (height, width, 3) RGB or (height, width, 1) grey bytes.</summary>
    public const string Screen = "screen";

    /// <summary>The depth buffer (option <c>depth</c>): (height, width, 1) bytes, one step per 8 map units, 255 at and beyond 2040.</summary>
    public const string Depth = "depth";

    /// <summary>The labels buffer (option <c>labels</c>): (height, width, 1) bytes, 0 for none, else the object's index in the privileged state's objects plus one.</summary>
    public const string Labels = "labels";

    /// <summary>The automap (option <c>automap</c>): (height, width, channels) bytes, the map from above with the player.</summary>
    public const string Automap = "automap";

    /// <summary>The scenario's available game variables as float32, in its order (absent when it has none).</summary>
    public const string GameVariables = "gamevariables";

    /// <summary>The <see cref="Screen"/> bytes of a Doom observation.</summary>
    /// <exception cref="ArgumentException">When the observation has no byte-array <c>screen</c>.</exception>
    public static byte[] ScreenOf(IReadOnlyDictionary<string, object> observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.TryGetValue(Screen, out var screen) && screen is byte[] pixels
            ? pixels
            : throw new ArgumentException($"A Doom observation holds its pixels under '{Screen}' as bytes; this one has the keys {string.Join(", ", observation.Keys)}.", nameof(observation));
    }
}
