using RlGym.Agents.CatMouse.Imitation;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Elman;

/// <summary>Settings of the seed's imitation training, validated once by <see cref="Validate"/>.</summary>
public sealed record ElmanTrainingOptions
{
    /// <summary>Hidden units (the seed's hidden_dim); default 16.</summary>
    public int Hidden { get; init; } = 16;

    /// <summary>The seed's alpha; default 0.1.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>The seed of weights and start cells.</summary>
    public ulong Seed { get; init; }

    /// <summary>Which generator draws weights and start cells.</summary>
    public StartCellSource Random { get; init; } = StartCellSource.Rng;

    /// <summary>Grid width; default 6.</summary>
    public int Width { get; init; } = 6;

    /// <summary>Grid height; default 6.</summary>
    public int Height { get; init; } = 6;

    /// <summary>Moves per game; default 10.</summary>
    public int GameLength { get; init; } = 10;

    /// <summary>The seed's stop rule: stop once the smoothed error x 4 is below this; default 1.2.</summary>
    public double Target { get; init; } = 1.2;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public ElmanTrainingOptions Validate()
    {
        Require(Hidden > 0, $"--hidden is {Hidden}; expected a positive integer.");
        Require(double.IsFinite(LearningRate) && LearningRate > 0, $"--learning-rate is {LearningRate}; expected a positive number.");
        Require(Width >= 2 && Height >= 2, $"The grid is {Width}x{Height}; expected at least 2x2.");
        Require(GameLength > 0, $"The game length is {GameLength}; expected a positive integer.");
        Require(double.IsFinite(Target) && Target > 0, $"--target is {Target}; expected a positive number.");
        Require(Random != StartCellSource.Numpy || Seed <= uint.MaxValue, $"--seed is {Seed}; NumPy mode takes 0 to 4294967295.");
        return this;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new UserInputException(message);
        }
    }
}
