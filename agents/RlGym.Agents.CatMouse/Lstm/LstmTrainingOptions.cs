using RlGym.Agents.CatMouse.Evaluation;
using RlGym.Core;

namespace RlGym.Agents.CatMouse.Lstm;

/// <summary>Settings of LSTM imitation training, validated once by <see cref="Validate"/>.</summary>
public sealed record LstmTrainingOptions
{
    /// <summary>The piece the brain learns to move; default the mouse.</summary>
    public BrainRole Role { get; init; } = BrainRole.Mouse;

    /// <summary>LSTM hidden units; default 64.</summary>
    public int Hidden { get; init; } = LstmBrain.DefaultHidden;

    /// <summary>Adam's step size at the start; default 0.05.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>
    /// The learning rate falls to this fraction of <see cref="LearningRate"/> over <see cref="DecayBatches"/> batches
    /// (exponentially), then stays there; default 0.05.
    /// </summary>
    public double FinalLearningRateFraction { get; init; } = 0.05;

    /// <summary>Batches over which the learning rate decays; default 3000.</summary>
    public int DecayBatches { get; init; } = 3000;

    /// <summary>New games the student plays (and the teacher labels) per batch; default 128.</summary>
    public int GamesPerBatch { get; init; } = 128;

    /// <summary>Games per gradient step: the new ones plus games drawn from the aggregated set; default 256.</summary>
    public int TrainingGamesPerBatch { get; init; } = 256;

    /// <summary>How many played games are kept for aggregation (DAgger); the oldest go first; default 65536.</summary>
    public int AggregateCapacity { get; init; } = 65536;

    /// <summary>
    /// The chance that a move in a training game is a random direction instead of the student's (the teacher still labels
    /// the state), so the student also learns to recover from states its own mistakes lead to; default 0.1.
    /// </summary>
    public double ExplorationRate { get; init; } = 0.1;

    /// <summary>
    /// Cat training only: the chance that the mouse moves at random instead of fleeing by the seed's rule, to cover more
    /// states; default 0.25. (Evaluation always uses the fleeing mouse.)
    /// </summary>
    public double RandomMouseRate { get; init; } = 0.25;

    /// <summary>Seeds the initial weights (TorchSharp's generator) and the start cells, moves and sampling (RlGym's <see cref="RlGym.Core.Random.Rng"/>).</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// TorchSharp CPU threads (process-wide); default 1. This network is small: more threads gain little, and on shared
    /// cores OpenMP's spinning worker threads made a training step over ten times slower in our measurements. Null leaves
    /// TorchSharp's setting as it is.
    /// </summary>
    public int? Threads { get; init; } = 1;

    /// <summary>Grid width; default 6.</summary>
    public int Width { get; init; } = 6;

    /// <summary>Grid height; default 6.</summary>
    public int Height { get; init; } = 6;

    /// <summary>Moves per game; default 10.</summary>
    public int GameLength { get; init; } = 10;

    /// <summary>Stop rule: done once the smoothed mistakes per training game are at most this; default 0.01.</summary>
    public double Target { get; init; } = 0.01;

    /// <summary>
    /// The learning rate after <paramref name="batches"/> batches: <see cref="LearningRate"/> falling exponentially to
    /// <see cref="FinalLearningRateFraction"/> of it over <see cref="DecayBatches"/> batches, then staying there.
    /// </summary>
    public double LearningRateAfter(long batches) =>
        LearningRate * Math.Pow(FinalLearningRateFraction, Math.Min(1.0, (double)batches / DecayBatches));

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public LstmTrainingOptions Validate()
    {
        Require(Enum.IsDefined(Role), $"--role is {Role}; expected mouse or cat.");
        Require(Hidden is >= 1 and <= 4096, $"--hidden is {Hidden}; expected 1 to 4096.");
        Require(double.IsFinite(LearningRate) && LearningRate > 0, $"--learning-rate is {LearningRate}; expected a positive number.");
        Require(double.IsFinite(FinalLearningRateFraction) && FinalLearningRateFraction is > 0 and <= 1, $"The final learning-rate fraction is {FinalLearningRateFraction}; expected a number in (0, 1].");
        Require(DecayBatches >= 1, $"The decay length is {DecayBatches} batches; expected a positive integer.");
        Require(GamesPerBatch >= 1, $"--games-per-batch is {GamesPerBatch}; expected a positive integer.");
        Require(TrainingGamesPerBatch >= GamesPerBatch, $"Training games per batch ({TrainingGamesPerBatch}) must be at least the new games per batch ({GamesPerBatch}).");
        Require(AggregateCapacity >= TrainingGamesPerBatch, $"The aggregate capacity ({AggregateCapacity}) must hold at least one training batch ({TrainingGamesPerBatch}).");
        Require(ExplorationRate is >= 0 and < 1, $"The exploration rate is {ExplorationRate}; expected a number in [0, 1).");
        Require(RandomMouseRate is >= 0 and <= 1, $"The random-mouse rate is {RandomMouseRate}; expected a number in [0, 1].");
        Require(Threads is null or (>= 1 and <= 1024), $"--threads is {Threads}; expected 1 to 1024.");
        Require(Width >= 2 && Height >= 2, $"The grid is {Width}x{Height}; expected at least 2x2.");
        Require(GameLength >= 1, $"The game length is {GameLength}; expected a positive integer.");
        Require(double.IsFinite(Target) && Target >= 0, $"--target is {Target}; expected a non-negative number.");
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
