using RlGym.Core;
using RlGym.Envs.CatMouse.Single;

namespace RlGym.Envs.CatMouse.Duel;

/// <summary>The construction options of CatMouseDuel-v0, read and validated once.</summary>
/// <param name="Width">Grid width in cells (option <c>width</c>, default 6).</param>
/// <param name="Height">Grid height in cells (option <c>height</c>, default 6).</param>
/// <param name="MaxSteps">Ticks after which the mouse has escaped (option <c>max_steps</c>, default 20).</param>
/// <param name="CatchRadius">The Manhattan distance at or below which the cat catches the mouse (option <c>catch_radius</c>, default 0: the same cell).</param>
internal sealed record DuelSettings(int Width, int Height, int MaxSteps, int CatchRadius)
{
    public const string MaxStepsOption = "max_steps";
    public const string CatchRadiusOption = "catch_radius";
    public const int DefaultMaxSteps = 20;

    /// <summary>The rules the agents may read (through <see cref="RlGym.Core.IPrivileged{TState}"/>).</summary>
    public CatMouseDuelRules Rules => new(CatchRadius, MaxSteps);

    /// <summary>Reads the options of <paramref name="owner"/>, rejecting unknown ones.</summary>
    /// <exception cref="ArgumentException">When an option is unknown or out of range; <c>catch_radius</c> must leave two cells farther apart than it.</exception>
    public static DuelSettings Read(string owner, EnvOptions options)
    {
        options.RequireKnown(owner, CatMouseSettings.WidthOption, CatMouseSettings.HeightOption, MaxStepsOption, CatchRadiusOption);
        int width = CatMouseSettings.ReadSize(options, CatMouseSettings.WidthOption);
        int height = CatMouseSettings.ReadSize(options, CatMouseSettings.HeightOption);
        int farthest = width - 1 + height - 1;
        if (options.ContainsKey(CatchRadiusOption) && options.GetInt(CatchRadiusOption, 0) >= farthest)
        {
            throw new UserInputException(
                $"Option '{CatchRadiusOption}' is {options.GetInt(CatchRadiusOption, 0)}, but on a {width}x{height} grid no two cells are more than {farthest} apart: " +
                $"expected 0 to {farthest - 1}, so that a duel can start uncaught.");
        }
        return new DuelSettings(
            width,
            height,
            options.GetInt(MaxStepsOption, DefaultMaxSteps, min: 1),
            options.GetInt(CatchRadiusOption, 0, min: 0, max: farthest - 1));
    }
}
