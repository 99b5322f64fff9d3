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
/// <item><term>engine</term><description><c>source</c> (default): NetHack 3.6.6 built from source and run in this process, with NLE's whole observation; <c>terminal</c>: Debian's stock binary driven through a terminal (observations read from the screen).</description></item>
/// <item><term>observation_keys</term><description>The observation's keys, NLE names separated by <c>+</c> (or commas, outside the command line's <c>--option</c>) (engine source: any of NLE's 17; default NLE's for the task; engine terminal: the screen's 10).</description></item>
/// <item><term>seed_core</term><description>The game's core random seed (NLE's <c>core</c>; engine source only); by default each episode's seed.</description></item>
/// <item><term>seed_disp</term><description>The game's display random seed (NLE's <c>disp</c>; engine source only); by default derived from each episode's seed.</description></item>
/// <item><term>binary</term><description>The game binary for engine terminal (default Debian's <c>/usr/lib/games/nethack/nethack-console</c>).</description></item>
/// <item><term>hang_seconds</term><description>A game that does not ask for a key within this many seconds is stopped (engine source: interrupted in its own code; engine terminal: killed) and its episode aborted (default 120; 1 to 86400).</description></item>
/// </list>
/// </summary>
/// <param name="Character">The character to play.</param>
/// <param name="PenaltyMode">How the time penalty grows.</param>
/// <param name="PenaltyStep">The time penalty's weight per frozen step.</param>
/// <param name="PenaltyTime">The time penalty's weight per game turn.</param>
/// <param name="RecordDirectory">Where ttyrec files go; null for no recording.</param>
/// <param name="Binary">The game binary.</param>
/// <param name="HangMilliseconds">How long a game may take to ask for a key before it is killed as hung.</param>
/// <param name="FromSource">True for NetHack built from source (engine source), false for the stock binary.</param>
/// <param name="CoreSeed">The fixed core seed, or null.</param>
/// <param name="DisplaySeed">The fixed display seed, or null.</param>
/// <param name="ObservationKeys">The observation's keys (null: the engine's default).</param>
internal sealed record NetHackSettings(
    string Character, PenaltyMode PenaltyMode, double PenaltyStep, double PenaltyTime, string? RecordDirectory, string Binary,
    int HangMilliseconds = GameProcess.HangMilliseconds, bool FromSource = true, ulong? CoreSeed = null, ulong? DisplaySeed = null,
    IReadOnlyList<string>? ObservationKeys = null)
{
    /// <summary>The options read here.</summary>
    public static readonly string[] Known =
        ["character", "penalty_step", "penalty_time", "penalty_mode", "record_dir", "binary", "hang_seconds", "engine", "seed_core", "seed_disp", "observation_keys"];

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
        string engine = options.GetChoice("engine", options.ContainsKey("binary") ? "terminal" : "source", "source", "terminal");
        ulong? core = Seed(options, "seed_core");
        ulong? disp = Seed(options, "seed_disp");
        if (engine == "terminal" && (core is not null || disp is not null))
        {
            throw new UserInputException("Options 'seed_core' and 'seed_disp' need engine=source (the stock binary seeds itself from one stream).");
        }
        IReadOnlyList<string>? keys = null;
        if (options.ContainsKey("observation_keys"))
        {
            var allowed = engine == "source" ? NetHackObservation.AllKeys : NetHackObservation.TerminalKeys;
            string text = options.GetString("observation_keys", "");
            keys = [.. text.Split([',', '+', ' ', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct()];
            string? bad = keys.FirstOrDefault(k => !allowed.Contains(k));
            if (keys.Count == 0 || bad is not null)
            {
                throw new UserInputException(
                    $"Option 'observation_keys' is '{text}'{(bad is null ? "" : $" ('{bad}' is not one)")}; expected keys separated by '+' or ',' from: {string.Join(", ", allowed)}.");
            }
        }
        return new NetHackSettings(
            character,
            Enum.Parse<PenaltyMode>(mode, ignoreCase: true),
            options.GetDouble("penalty_step", defaultPenaltyStep, -1e6, 1e6),
            options.GetDouble("penalty_time", 0, -1e6, 1e6),
            record,
            options.GetString("binary", GameInstallation.DefaultBinary),
            checked(options.GetInt("hang_seconds", GameProcess.HangMilliseconds / 1000, 1, 86_400) * 1000),
            engine == "source", core, disp, keys);
    }

    private static ulong? Seed(EnvOptions options, string key)
    {
        if (!options.ContainsKey(key))
        {
            return null;
        }
        string text = options.GetString(key, "");
        if (!ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong seed))
        {
            throw new UserInputException($"Option '{key}' is '{text}'; expected a whole number from 0 to {ulong.MaxValue}.");
        }
        return seed;
    }
}
