using System.Text;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// The NetHack options a game is started with: NLE's set (<see cref="NleOptions"/>), the character, the pickup
/// types of the task, and the bridge's own few additions (<see cref="BridgeOptions"/>).
/// </summary>
/// <param name="Character">The character to play.</param>
/// <param name="PickupTypes">The object classes picked up automatically (NLE: <c>$?!/</c>; the gold task: <c>$</c>).</param>
/// <param name="FromSource">True for NetHack built from source, which has no delays to time (no <c>timed_delay</c> option).</param>
internal sealed record GameOptions(Character Character, string PickupTypes, bool FromSource = false)
{
    /// <summary>The player's name, as NLE names it.</summary>
    public const string PlayerName = "Agent";

    /// <summary>The pickup types NLE uses by default.</summary>
    public const string DefaultPickupTypes = "$?!/";

    /// <summary>The options NLE passes (besides its pickup types and name).</summary>
    public static IReadOnlyList<string> NleOptions { get; } =
    [
        "color", "showexp", "autopickup", "pickup_burden:unencumbered", "nobones", "nolegacy", "nocmdassist",
        "disclose:+i +a +v +g +c +o", "runmode:teleport", "mention_walls", "nosparkle", "showscore", "time",
    ];

    /// <summary>
    /// What the bridge adds: the tty interface; pets shown in reverse video (the only way a pet shows on the
    /// screen, which the pet staircase task needs); no mail, news or level checkpoints; delays timed (the
    /// preload library makes them instant) rather than padded with bytes.
    /// </summary>
    public static IReadOnlyList<string> BridgeOptions { get; } =
        ["windowtype:tty", "hilite_pet", "!mail", "!news", "!checkpoint", "timed_delay"];

    /// <summary>The text of the options file the game reads through NETHACKOPTIONS.</summary>
    public string ToConfigFile()
    {
        var text = new StringBuilder();
        foreach (string option in BridgeOptions.Where(o => !FromSource || o != "timed_delay").Concat(NleOptions))
        {
            text.Append("OPTIONS=").Append(option).Append('\n');
        }
        text.Append("OPTIONS=pickup_types:").Append(PickupTypes).Append('\n');
        text.Append("OPTIONS=name:").Append(PlayerName).Append('\n');
        text.Append("OPTIONS=").Append(Character.ToOptions()).Append('\n');
        return text.ToString();
    }
}
