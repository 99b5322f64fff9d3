using System.Globalization;
using RlGym.Core;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Environment;

/// <summary>The construction options of a Doom environment, read and validated once.</summary>
/// <param name="FrameSkip">Tics each action is repeated for (option <c>frame_skip</c>, default 1).</param>
/// <param name="Screen">Resolution (<c>resolution</c>, default 160x120), colour (<c>screen_format</c> rgb or gray) and pistol (<c>render_weapon</c>).</param>
/// <param name="MaxButtonsPressed">Option <c>max_buttons_pressed</c>: 0 for MultiBinary actions, k for Discrete over combinations of at most k buttons (default 1).</param>
/// <param name="Map">Option <c>map</c>: a built-in map name or a map file path replacing the scenario's.</param>
/// <param name="RecordDirectory">Option <c>record_dir</c>: save every episode there as an animated GIF.</param>
/// <param name="GameVariables">Option <c>game_variables</c>: put health, armor, ammo and kills in every info.</param>
/// <param name="Observation">What the observation Dict holds beside <c>screen</c> (options <c>depth</c>, <c>labels</c>, <c>automap</c>, <c>available_game_variables</c>).</param>
internal sealed record DoomSettings(int FrameSkip, ScreenSettings Screen, int MaxButtonsPressed, string Map, string? RecordDirectory, bool GameVariables, ObservationSettings Observation)
{
    public const string FrameSkipOption = "frame_skip";
    public const string ResolutionOption = "resolution";
    public const string ScreenFormatOption = "screen_format";
    public const string WeaponOption = "render_weapon";
    public const string MaxButtonsOption = "max_buttons_pressed";
    public const string MapOption = "map";
    public const string RecordOption = "record_dir";
    public const string GameVariablesOption = "game_variables";
    public const string DepthOption = "depth";
    public const string LabelsOption = "labels";
    public const string AutomapOption = "automap";
    public const string HudOption = "render_hud";
    public const string AvailableVariablesOption = "available_game_variables";

    /// <summary>Every option, for error messages.</summary>
    public static readonly string[] Known =
        [FrameSkipOption, ResolutionOption, ScreenFormatOption, WeaponOption, MaxButtonsOption, MapOption, RecordOption, GameVariablesOption,
         DepthOption, LabelsOption, AutomapOption, HudOption, AvailableVariablesOption];

    public static DoomSettings Read(DoomScenario scenario, EnvOptions options)
    {
        options.RequireKnown(scenario.Id, Known);
        int frameSkip = options.GetInt(FrameSkipOption, 1, min: 1, max: 1000);
        var (width, height) = ParseResolution(options.GetString(ResolutionOption, "160x120"));
        string format = options.GetChoice(ScreenFormatOption, "rgb", "rgb", "gray", "RGB24", "GRAY8");
        bool gray = format.Equals("gray", StringComparison.OrdinalIgnoreCase) || format.Equals("GRAY8", StringComparison.OrdinalIgnoreCase);
        var screen = new ScreenSettings(width, height, gray, options.GetBool(WeaponOption, true), options.GetBool(HudOption, false));
        int maxButtons = options.GetInt(MaxButtonsOption, 1, min: 0, max: scenario.Buttons.Count);
        string map = options.GetString(MapOption, scenario.Map);
        string? record = options.ContainsKey(RecordOption) ? options.GetString(RecordOption, "") : null;
        if (record is { Length: 0 })
        {
            throw new UserInputException($"Option '{RecordOption}' is empty; expected a directory to save episode GIFs in.");
        }
        if (record is not null && File.Exists(record))
        {
            throw new UserInputException($"Option '{RecordOption}' is '{record}', which is a file; expected a directory (existing or new) to save episode GIFs in.");
        }
        var observation = new ObservationSettings(
            options.GetBool(DepthOption, false),
            options.GetBool(LabelsOption, false),
            options.GetBool(AutomapOption, false),
            options.ContainsKey(AvailableVariablesOption) ? ParseVariables(options.GetString(AvailableVariablesOption, "")) : scenario.GameVariables);
        return new DoomSettings(frameSkip, screen, maxButtons, map, record, options.GetBool(GameVariablesOption, false), observation);
    }

    /// <summary>Reads ViZDoom's names separated by spaces or '+' (such as <c>HEALTH+AMMO2</c>), or <c>none</c>.</summary>
    public static IReadOnlyList<DoomGameVariable> ParseVariables(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var variables = new List<DoomGameVariable>();
        foreach (string name in trimmed.Split([' ', '+', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var variable = Enum.GetValues<DoomGameVariable>().Where(v => ViZDoomName(v).Equals(name, StringComparison.OrdinalIgnoreCase)).Select(v => (DoomGameVariable?)v).FirstOrDefault();
            if (variable is not DoomGameVariable found || variables.Contains(found))
            {
                throw new UserInputException(
                    $"Option '{AvailableVariablesOption}' is '{text}'; expected 'none' or distinct names from {string.Join(", ", Enum.GetValues<DoomGameVariable>().Select(ViZDoomName))} separated by '+' (such as HEALTH+AMMO2).");
            }
            variables.Add(found);
        }
        if (variables.Count == 0)
        {
            throw new UserInputException($"Option '{AvailableVariablesOption}' is empty; expected 'none' or names such as HEALTH+AMMO2.");
        }
        return variables;
    }

    /// <summary>ViZDoom's name of a game variable, such as HEALTH or AMMO2.</summary>
    public static string ViZDoomName(DoomGameVariable variable) => variable.ToString().ToUpperInvariant();

    /// <summary>Reads <c>160x120</c> or ViZDoom's <c>RES_160X120</c>.</summary>
    public static (int Width, int Height) ParseResolution(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.StartsWith("RES_", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..];
        }
        string[] parts = trimmed.Split('x', 'X');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int height)
            && width is >= ScreenSettings.MinSide and <= ScreenSettings.MaxWidth
            && height is >= ScreenSettings.MinSide and <= ScreenSettings.MaxHeight)
        {
            return (width, height);
        }
        throw new UserInputException(
            $"Option '{ResolutionOption}' is {text}; expected WIDTHxHEIGHT (or RES_WIDTHxHEIGHT) with width {ScreenSettings.MinSide} to {ScreenSettings.MaxWidth} and height {ScreenSettings.MinSide} to {ScreenSettings.MaxHeight}, such as 160x120.");
    }
}
