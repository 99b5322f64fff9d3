using RlGym.Core;
using RlGym.Envs.NetHack.Game;
using RlGym.Envs.NetHack.Tasks;

namespace RlGym.Envs.NetHack;

/// <summary>
/// The options every NetHack environment reads when it is made (all optional):
/// <list type="table">
/// <item><term>character</term><description>NLE's role-race-alignment-gender, such as <c>mon-hum-neu-mal</c> (the tasks' default) or <c>@</c> (random; the Challenge's default).</description></item>
/// <item><term>penalty_step</term><description>NLE's time penalty per frozen step (default -0.01; the Challenge's 0).</description></item>
/// <item><term>penalty_time</term><description>NLE's penalty per game turn (default 0).</description></item>
/// <item><term>penalty_mode</term><description>constant (default), exp, square, linear or always.</description></item>
/// <item><term>record_dir</term><description>A directory to write one ttyrec file per episode to (created when missing).</description></item>
/// <item><term>binary</term><description>The game binary (default Debian's <c>/usr/lib/games/nethack/nethack-console</c>).</description></item>
/// <item><term>hang_seconds</term><description>A game that does not ask for a key within this many seconds is killed and its episode aborted (default 120; 1 to 86400).</description></item>
/// </list>
/// </summary>
/// <param name="Character">The character to play.</param>
/// <param name="PenaltyMode">How the time penalty grows.</param>
/// <param name="PenaltyStep">The time penalty's weight per frozen step.</param>
/// <param name="PenaltyTime">The time penalty's weight per game turn.</param>
/// <param name="RecordDirectory">Where ttyrec files go; null for no recording.</param>
/// <param name="Binary">The game binary.</param>
/// <param name="HangMilliseconds">How long a game may take to ask for a key before it is killed as hung.</param>
internal sealed record NetHackSettings(
    string Character, PenaltyMode PenaltyMode, double PenaltyStep, double PenaltyTime, string? RecordDirectory, string Binary,
    int HangMilliseconds = GameProcess.HangMilliseconds)
{
    /// <summary>The options read here.</summary>
    public static readonly string[] Known = ["character", "penalty_step", "penalty_time", "penalty_mode", "record_dir", "binary", "hang_seconds"];

    /// <summary>Reads and validates <paramref name="options"/> for environment <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">When an option is unknown or its value is bad (the message names it).</exception>
    public static NetHackSettings Read(string id, EnvOptions options, string defaultCharacter, double defaultPenaltyStep)
    {
        options.RequireKnown(id, Known);
        string character = options.GetString("character", defaultCharacter);
        _ = Game.Character.Parse(character);
        string mode = options.GetChoice("penalty_mode", "constant", "constant", "exp", "square", "linear", "always");
        string? record = options.ContainsKey("record_dir") ? options.GetString("record_dir", "") : null;
        if (record is { Length: 0 })
        {
            throw new UserInputException("Option 'record_dir' is empty; expected a directory path.");
        }
        if (record is not null && File.Exists(record))
        {
            throw new UserInputException($"Option 'record_dir' is '{record}', which is a file; expected a directory (existing or new) to save ttyrec files in.");
        }
        return new NetHackSettings(
            character,
            Enum.Parse<PenaltyMode>(mode, ignoreCase: true),
            options.GetDouble("penalty_step", defaultPenaltyStep, -1e6, 1e6),
            options.GetDouble("penalty_time", 0, -1e6, 1e6),
            record,
            options.GetString("binary", GameInstallation.DefaultBinary),
            checked(options.GetInt("hang_seconds", GameProcess.HangMilliseconds / 1000, 1, 86_400) * 1000));
    }
}
