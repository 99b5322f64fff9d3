using RlGym.Agents.Doom.Student;
using RlGym.Core;
using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Gps;

/// <summary>How <see cref="GuidedPolicySearch"/> trains a student. The benchmarks (BENCHMARKS.md) used these defaults, and 1,000 updates a round on DefendTheCenter.</summary>
public sealed record GpsOptions
{
    /// <summary>The scenario to learn.</summary>
    public required DoomScenario Scenario { get; init; }

    /// <summary>Seeds the network's weights and the round generators (episode seeds, teacher-or-student draws, minibatches).</summary>
    public ulong Seed { get; init; }

    /// <summary>Frame width in pixels (the environment renders at this resolution, in grey).</summary>
    public int Width { get; init; } = 80;

    /// <summary>Frame height in pixels.</summary>
    public int Height { get; init; } = 60;

    /// <summary>Frames stacked into one input.</summary>
    public int Stack { get; init; } = 4;

    /// <summary>Tics a decision is held for; null picks <see cref="DefaultFrameSkip"/> for the scenario.</summary>
    public int? FrameSkip { get; init; }

    /// <summary>Episodes played side by side (one batched network call per step for all of them).</summary>
    public int ParallelEpisodes { get; init; } = 8;

    /// <summary>Decisions to gather per round at least; whole episodes are played, so a round may gather more.</summary>
    public int SamplesPerRound { get; init; } = 4000;

    /// <summary>Evaluation episodes after each round, on the fixed seeds 0, 1, ..., n - 1.</summary>
    public int EvaluationEpisodes { get; init; } = 20;

    /// <summary>The teacher's share of control in round i is this to the power i (round 0: the teacher drives).</summary>
    public double TeacherDecay { get; init; } = 0.5;

    /// <summary>The most labelled decisions the aggregate keeps; past it the oldest are dropped first.</summary>
    public int AggregateCapacity { get; init; } = 40_000;

    /// <summary>Decisions per minibatch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Minibatch updates per round, drawn uniformly from the whole aggregate.</summary>
    public int UpdatesPerRound { get; init; } = 300;

    /// <summary>Adam's learning rate.</summary>
    public double LearningRate { get; init; } = 5e-4;

    /// <summary>
    /// The frame skip the student uses by default: 1 on DefendTheCenter and DefendTheLine (the teacher itself drops
    /// from 23 to 13 kills at 4 on the first and from 8.65 to 2.61 on the second, since its aim needs single-tic turns),
    /// 2 on DeadlyCorridor, 4 elsewhere (as ViZDoom users commonly do).
    /// </summary>
    public static int DefaultFrameSkip(DoomScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Id switch
        {
            "Doom/DefendTheCenter-v0" or "Doom/DefendTheLine-v0" => 1,
            "Doom/DeadlyCorridor-v0" => 2,
            _ => 4,
        };
    }

    /// <summary>The student's shape these options give.</summary>
    public DoomStudentShape Shape() =>
        new(Scenario.Id, ActionCount(Scenario), Width, Height, Stack, FrameSkip ?? DefaultFrameSkip(Scenario));

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException">When an option is out of range; the message names it and the range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Scenario);
        Shape().Validate();
        Require(ParallelEpisodes, 1, 256, nameof(ParallelEpisodes));
        Require(SamplesPerRound, 1, 10_000_000, nameof(SamplesPerRound));
        Require(EvaluationEpisodes, 1, 100_000, nameof(EvaluationEpisodes));
        Require(AggregateCapacity, 1, 100_000_000, nameof(AggregateCapacity));
        Require(BatchSize, 1, 65_536, nameof(BatchSize));
        Require(UpdatesPerRound, 0, 10_000_000, nameof(UpdatesPerRound));
        if (!(TeacherDecay is >= 0 and <= 1))
        {
            throw new UserInputException($"Option TeacherDecay is {TeacherDecay}; expected 0 to 1.");
        }
        if (!(LearningRate > 0 && double.IsFinite(LearningRate)))
        {
            throw new UserInputException($"Option LearningRate is {LearningRate}; expected a positive number.");
        }
    }

    /// <summary>The Discrete actions of a scenario with one button at a time: none, then each button.</summary>
    internal static int ActionCount(DoomScenario scenario) => scenario.Buttons.Count + 1;

    private static void Require(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new UserInputException($"Option {name} is {value}; expected {min} to {max}.");
        }
    }
}
