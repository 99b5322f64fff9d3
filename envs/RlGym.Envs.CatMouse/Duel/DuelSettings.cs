using RlGym.Core;
using RlGym.Envs.CatMouse.Single;

namespace RlGym.Envs.CatMouse.Duel;

/// <summary>The construction options of CatMouseDuel-v0, read and validated once.</summary>
/// <param name="Width">Grid width in cells (option <c>width</c>, default 6).</param>
/// <param name="Height">Grid height in cells (option <c>height</c>, default 6).</param>
/// <param name="MaxSteps">Ticks after which the mouse has escaped (option <c>max_steps</c>, default 20).</param>
internal sealed record DuelSettings(int Width, int Height, int MaxSteps)
{
    public const string MaxStepsOption = "max_steps";
    public const int DefaultMaxSteps = 20;

    /// <summary>Reads the options of <paramref name="owner"/>, rejecting unknown ones.</summary>
    public static DuelSettings Read(string owner, EnvOptions options)
    {
        options.RequireKnown(owner, CatMouseSettings.WidthOption, CatMouseSettings.HeightOption, MaxStepsOption);
        return new DuelSettings(
            CatMouseSettings.ReadSize(options, CatMouseSettings.WidthOption),
            CatMouseSettings.ReadSize(options, CatMouseSettings.HeightOption),
            options.GetInt(MaxStepsOption, DefaultMaxSteps, min: 1));
    }
}
