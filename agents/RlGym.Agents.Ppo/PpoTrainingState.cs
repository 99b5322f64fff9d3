using RlGym.Agents.Ppo.Normalization;
using RlGym.Core.Random;
using RlGym.Core.Wrappers;

namespace RlGym.Agents.Ppo;

/// <summary>What a checkpoint keeps beyond the policy so <c>--resume</c> continues the run.</summary>
/// <param name="Options">The hyperparameters.</param>
/// <param name="Steps">Environment steps taken.</param>
/// <param name="Iterations">Iterations done (the learning-rate schedule's position follows from the steps).</param>
/// <param name="Generator">The learner's generator state.</param>
/// <param name="RewardStatistics">The reward normaliser's statistics, when rewards are normalised.</param>
internal sealed record PpoTrainingState(PpoOptions Options, long Steps, int Iterations, RngState Generator, RunningMeanStd? RewardStatistics);
