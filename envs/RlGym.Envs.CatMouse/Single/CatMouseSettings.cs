using RlGym.Core;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>The construction options of CatMouse-v0, read and validated once.</summary>
/// <param name="Width">Grid width in cells (option <c>width</c>, default 6).</param>
/// <param name="Height">Grid height in cells (option <c>height</c>, default 6).</param>
/// <param name="Compass">True for the seed's compass actions (option <c>actions=compass</c>), false for <c>Discrete(4)</c>.</param>
internal sealed record CatMouseSettings(int Width, int Height, bool Compass)
{
    public const string WidthOption = "width";
    public const string HeightOption = "height";
    public const string ActionsOption = "actions";
    public const string Discrete = "discrete";
    public const string CompassActions = "compass";
    public const int DefaultSize = 6;

    /// <summary>The largest side accepted: keeps rendered frames within memory.</summary>
    public const int MaxSize = 256;

    /// <summary>Reads the options of <paramref name="owner"/>, rejecting unknown ones.</summary>
    public static CatMouseSettings Read(string owner, EnvOptions options)
    {
        options.RequireKnown(owner, WidthOption, HeightOption, ActionsOption);
        return new CatMouseSettings(
            ReadSize(options, WidthOption),
            ReadSize(options, HeightOption),
            options.GetChoice(ActionsOption, Discrete, Discrete, CompassActions) == CompassActions);
    }

    /// <summary>Reads a grid side (an integer from 2 to <see cref="MaxSize"/>).</summary>
    public static int ReadSize(EnvOptions options, string key) => options.GetInt(key, DefaultSize, min: 2, max: MaxSize);
}
