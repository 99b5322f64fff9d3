using RlGym.Core;
using RlGym.Envs.Doom.Environment;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Duel;

/// <summary>The construction options of <c>Doom/Duel-v0</c>, read and validated once.</summary>
/// <param name="FrameSkip">Tics each action is repeated for (option <c>frame_skip</c>, default 1).</param>
/// <param name="Screen">Option <c>resolution</c> (default 160x120), <c>screen_format</c> (rgb or gray), <c>render_weapon</c> and <c>render_hud</c>.</param>
/// <param name="MaxButtonsPressed">Option <c>max_buttons_pressed</c>: Discrete over combinations of at most this many buttons (1 to 7, default 1).</param>
/// <param name="Map">Option <c>map</c>: a built-in map name or a map file path (default <c>duel</c>); it needs at least two starts.</param>
/// <param name="TimeoutTics">Option <c>episode_timeout</c>: tics after which the episode is truncated (default 2100, multi_duel.cfg's).</param>
/// <param name="Variables">Option <c>available_game_variables</c>: the <c>gamevariables</c> entries (none leaves the key out).</param>
internal sealed record DuelSettings(int FrameSkip, ScreenSettings Screen, int MaxButtonsPressed, string Map, int TimeoutTics, IReadOnlyList<DoomGameVariable> Variables)
{
    public const string TimeoutOption = "episode_timeout";
    public const string DefaultMap = "duel";
    public const int DefaultTimeoutTics = 2100;

    /// <summary>The buttons, in action order: deathmatch.cfg's binary movement, turning and attack buttons, in its order.</summary>
    public static IReadOnlyList<DoomButton> Buttons { get; } =
        [DoomButton.Attack, DoomButton.MoveRight, DoomButton.MoveLeft, DoomButton.MoveBackward, DoomButton.MoveForward, DoomButton.TurnRight, DoomButton.TurnLeft];

    /// <summary>multi_duel.cfg's variables we have (HEALTH DEATHCOUNT FRAGCOUNT DAMAGECOUNT DEAD), with AMMO2 for its SELECTED_WEAPON_AMMO.</summary>
    public static IReadOnlyList<DoomGameVariable> DefaultVariables { get; } =
        [DoomGameVariable.Health, DoomGameVariable.DeathCount, DoomGameVariable.FragCount, DoomGameVariable.DamageCount, DoomGameVariable.Dead, DoomGameVariable.Ammo2];

    /// <summary>Every option, for error messages.</summary>
    public static readonly string[] Known =
        [DoomSettings.FrameSkipOption, DoomSettings.ResolutionOption, DoomSettings.ScreenFormatOption, DoomSettings.WeaponOption, DoomSettings.HudOption,
         DoomSettings.MaxButtonsOption, DoomSettings.MapOption, TimeoutOption, DoomSettings.AvailableVariablesOption];

    /// <summary>Reads the options of <paramref name="owner"/>, refusing unknown ones.</summary>
    /// <exception cref="UserInputException">When an option is unknown or out of range.</exception>
    public static DuelSettings Read(string owner, EnvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequireKnown(owner, Known);
        int frameSkip = options.GetInt(DoomSettings.FrameSkipOption, 1, min: 1, max: 1000);
        var (width, height) = DoomSettings.ParseResolution(options.GetString(DoomSettings.ResolutionOption, "160x120"));
        string format = options.GetChoice(DoomSettings.ScreenFormatOption, "rgb", "rgb", "gray", "RGB24", "GRAY8");
        bool gray = format.Equals("gray", StringComparison.OrdinalIgnoreCase) || format.Equals("GRAY8", StringComparison.OrdinalIgnoreCase);
        var screen = new ScreenSettings(width, height, gray, options.GetBool(DoomSettings.WeaponOption, true), options.GetBool(DoomSettings.HudOption, false));
        int maxButtons = options.GetInt(DoomSettings.MaxButtonsOption, 1, min: 1, max: Buttons.Count);
        string map = options.GetString(DoomSettings.MapOption, DefaultMap);
        int timeout = options.GetInt(TimeoutOption, DefaultTimeoutTics, min: 1, max: 35 * 60 * 60);
        var variables = options.ContainsKey(DoomSettings.AvailableVariablesOption)
            ? DoomSettings.ParseVariables(options.GetString(DoomSettings.AvailableVariablesOption, ""))
            : DefaultVariables;
        return new DuelSettings(frameSkip, screen, maxButtons, map, timeout, variables);
    }
}
