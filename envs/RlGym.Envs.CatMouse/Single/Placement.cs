using RlGym.Core;
using RlGym.Core.Random;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>Where an episode starts: the cat's and the mouse's cells.</summary>
internal readonly record struct Placement(int CatX, int CatY, int MouseX, int MouseY)
{
    public const string CatXOption = "cat_x";
    public const string CatYOption = "cat_y";
    public const string MouseXOption = "mouse_x";
    public const string MouseYOption = "mouse_y";

    private static readonly string[] Keys = [CatXOption, CatYOption, MouseXOption, MouseYOption];

    /// <summary>
    /// Start cells drawn as the seed draws them: cat x, cat y, mouse x, mouse y, each uniform over its axis. The two
    /// pieces may share a cell, as in the seed.
    /// </summary>
    public static Placement Draw(Rng rng, int width, int height)
    {
        int catX = rng.NextInt(width);
        int catY = rng.NextInt(height);
        int mouseX = rng.NextInt(width);
        int mouseY = rng.NextInt(height);
        return new Placement(catX, catY, mouseX, mouseY);
    }

    /// <summary>
    /// The cells the reset options <c>cat_x, cat_y, mouse_x, mouse_y</c> ask for (all four or none), or null when
    /// there are none.
    /// </summary>
    /// <exception cref="ArgumentException">When an option is unknown, missing from the four, or off the grid.</exception>
    public static Placement? FromOptions(string owner, EnvOptions? options, int width, int height)
    {
        if (options is null || options.Count == 0)
        {
            return null;
        }
        options.RequireKnown(owner + " reset", Keys);
        ThrowIfIncomplete(owner, options);
        return new Placement(
            options.GetInt(CatXOption, 0, 0, width - 1),
            options.GetInt(CatYOption, 0, 0, height - 1),
            options.GetInt(MouseXOption, 0, 0, width - 1),
            options.GetInt(MouseYOption, 0, 0, height - 1));
    }

    // Apart from FromOptions so that the lambda's closure is not allocated on every reset.
    private static void ThrowIfIncomplete(string owner, EnvOptions options)
    {
        var missing = Keys.Where(k => !options.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException(
                $"{owner} reset options place both pieces: give all of {string.Join(", ", Keys)}, or none (missing: {string.Join(", ", missing)}).");
        }
    }
}
