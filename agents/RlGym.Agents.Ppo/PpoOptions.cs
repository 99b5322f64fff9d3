using RlGym.Core;
using System.Globalization;

namespace RlGym.Agents.Ppo;

/// <summary>
/// The hyperparameters of <see cref="Ppo"/>, with CleanRL's <c>ppo.py</c> defaults. Validate once with
/// <see cref="Validate"/>: every error names the value and the range it must lie in.
/// </summary>
public sealed record PpoOptions
{
    /// <summary>Adam's learning rate at the start (default 2.5e-4).</summary>
    public double LearningRate { get; init; } = 2.5e-4;

    /// <summary>Anneal the learning rate linearly to 0 over the planned steps (default true).</summary>
    public bool AnnealLearningRate { get; init; } = true;

    /// <summary>The discount factor gamma (default 0.99).</summary>
    public double Gamma { get; init; } = 0.99;

    /// <summary>The GAE lambda (default 0.95).</summary>
    public double GaeLambda { get; init; } = 0.95;

    /// <summary>The surrogate clipping coefficient (default 0.2).</summary>
    public double ClipCoefficient { get; init; } = 0.2;

    /// <summary>Clip the value loss around the rollout's values with the same coefficient (default true).</summary>
    public bool ClipValueLoss { get; init; } = true;

    /// <summary>The entropy bonus coefficient (default 0.01).</summary>
    public double EntropyCoefficient { get; init; } = 0.01;

    /// <summary>The value loss coefficient (default 0.5).</summary>
    public double ValueCoefficient { get; init; } = 0.5;

    /// <summary>Passes over each rollout (default 4).</summary>
    public int UpdateEpochs { get; init; } = 4;

    /// <summary>Minibatches each pass is split into (default 4).</summary>
    public int Minibatches { get; init; } = 4;

    /// <summary>The gradient norm is clipped to this (default 0.5).</summary>
    public double MaxGradNorm { get; init; } = 0.5;

    /// <summary>Environments stepped together (default 4).</summary>
    public int Envs { get; init; } = 4;

    /// <summary>Steps each environment takes per rollout (default 128).</summary>
    public int RolloutLength { get; init; } = 128;

    /// <summary>Normalise advantages to zero mean and unit spread in each minibatch (default true).</summary>
    public bool NormalizeAdvantages { get; init; } = true;

    /// <summary>Stop the update epochs early once the approximate KL passes this; null for never (default).</summary>
    public double? TargetKl { get; init; }

    /// <summary>Units in each of the two hidden layers of the MLPs, and of the LSTM core with <see cref="Lstm"/> (default 64).</summary>
    public int Hidden { get; init; } = 64;

    /// <summary>Observations stacked per input, oldest first (1: none; Doom's student view uses 4). Needs an observation of one part.</summary>
    public int FrameStack { get; init; } = 1;

    /// <summary>
    /// An LSTM core of <see cref="Hidden"/> units between the observation encoder and the actor and critic heads, for
    /// partially observed worlds (default false). The encoder is a tanh layer of <see cref="Hidden"/> units for flat
    /// observations, and otherwise the feed-forward network's (a CNN per picture, an embedding per run of tokens, a tanh
    /// layer per flat part, joined in a shared ReLU layer of 256 units, 512 for pictures of 36 x 36 or more). Its state is
    /// carried through the rollout and zeroed at episode starts (terminated or truncated), and the update replays whole
    /// per-environment sequences from the rollout's first state (truncated backpropagation through time over the
    /// rollout), so <see cref="Minibatches"/> must divide <see cref="Envs"/>.
    /// </summary>
    public bool Lstm { get; init; }

    /// <summary>Normalise flat observations with running mean and variance, saved with the policy (default false).</summary>
    public bool NormalizeObservations { get; init; }

    /// <summary>Scale rewards by the running spread of the discounted return, as Gymnasium's NormalizeReward (default false).</summary>
    public bool NormalizeRewards { get; init; }

    /// <summary>The planned environment steps in all, which the learning rate anneals over (default 500,000).</summary>
    public long TotalSteps { get; init; } = 500_000;

    /// <summary>The seed of weights, action draws and minibatches; environment copy i is reset with seed + i (default 0).</summary>
    public ulong Seed { get; init; }

    /// <summary>Environment steps per rollout: <see cref="Envs"/> x <see cref="RolloutLength"/>.</summary>
    public int BatchSize => Envs * RolloutLength;

    /// <summary>Samples per minibatch: the batch size over <see cref="Minibatches"/>.</summary>
    public int MinibatchSize => BatchSize / Minibatches;

    /// <summary>Checks every value; the first bad one is an <see cref="ArgumentException"/> naming it and its range.</summary>
    public PpoOptions Validate()
    {
        Range(nameof(LearningRate), LearningRate, 0, 1, lowOpen: true);
        Range(nameof(Gamma), Gamma, 0, 1);
        Range(nameof(GaeLambda), GaeLambda, 0, 1);
        Range(nameof(ClipCoefficient), ClipCoefficient, 0, 10, lowOpen: true);
        Range(nameof(EntropyCoefficient), EntropyCoefficient, 0, 10);
        Range(nameof(ValueCoefficient), ValueCoefficient, 0, 100);
        Range(nameof(MaxGradNorm), MaxGradNorm, 0, 1e6, lowOpen: true);
        Count(nameof(UpdateEpochs), UpdateEpochs, 1, 1000);
        Count(nameof(Minibatches), Minibatches, 1, 1_000_000);
        Count(nameof(Envs), Envs, 1, 65_536);
        Count(nameof(RolloutLength), RolloutLength, 1, 1_000_000);
        Count(nameof(Hidden), Hidden, 1, 4096);
        Count(nameof(FrameStack), FrameStack, 1, 64);
        if ((long)Envs * RolloutLength > 16_777_216)
        {
            throw new UserInputException($"The rollout ({Envs} envs x {RolloutLength} steps) holds {(long)Envs * RolloutLength} steps; expected at most 16,777,216.");
        }
        if (BatchSize % Minibatches != 0 || BatchSize < Minibatches)
        {
            throw new UserInputException($"{nameof(Minibatches)} is {Minibatches}; expected a divisor of the batch ({Envs} envs x {RolloutLength} steps = {BatchSize}).");
        }
        if (Lstm && Envs % Minibatches != 0)
        {
            throw new UserInputException($"{nameof(Minibatches)} is {Minibatches}; with an LSTM core each minibatch holds whole environments' sequences, so expected a divisor of {nameof(Envs)} ({Envs}).");
        }
        if (TargetKl is double kl)
        {
            Range(nameof(TargetKl), kl, 0, 100, lowOpen: true);
        }
        if (TotalSteps < 1)
        {
            throw new UserInputException($"{nameof(TotalSteps)} is {TotalSteps}; expected a positive number of environment steps.");
        }
        return this;
    }

    private static void Range(string name, double value, double low, double high, bool lowOpen = false)
    {
        bool ok = double.IsFinite(value) && (lowOpen ? value > low : value >= low) && value <= high;
        if (!ok)
        {
            string lower = lowOpen ? "(" : "[";
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"{name} is {value}; expected a number in {lower}{low}, {high}]."));
        }
    }

    private static void Count(string name, int value, int low, int high)
    {
        if (value < low || value > high)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"{name} is {value}; expected {low} to {high:N0}."));
        }
    }
}
