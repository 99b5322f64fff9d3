namespace RlGym.Agents.Ppo;

/// <summary>The figures of one PPO iteration (a rollout and its update).</summary>
/// <param name="Steps">Environment steps taken in all (a resumed run's included).</param>
/// <param name="Iterations">Iterations done in all.</param>
/// <param name="LearningRate">The learning rate this iteration used.</param>
/// <param name="MeanReturn">The mean return of the last (up to) 100 training episodes; NaN before the first ends.</param>
/// <param name="MeanLength">Their mean length.</param>
/// <param name="PolicyLoss">The clipped surrogate loss, averaged over minibatches.</param>
/// <param name="ValueLoss">The (clipped) value loss.</param>
/// <param name="Entropy">The policy's mean entropy.</param>
/// <param name="ApproxKl">The approximate KL divergence between the rollout's and the updated policy ((r - 1) - log r).</param>
/// <param name="ClipFraction">The fraction of samples whose ratio left [1 - clip, 1 + clip].</param>
/// <param name="ExplainedVariance">1 - Var(returns - values) / Var(returns) over the rollout.</param>
/// <param name="StepsPerSecond">Environment steps per second of wall time, rollout and update together.</param>
/// <param name="RolloutSeconds">Wall time of the rollout (and advantages).</param>
/// <param name="UpdateSeconds">Wall time of the update.</param>
public readonly record struct PpoUpdateReport(
    long Steps, int Iterations, double LearningRate, double MeanReturn, double MeanLength,
    double PolicyLoss, double ValueLoss, double Entropy, double ApproxKl, double ClipFraction, double ExplainedVariance, double StepsPerSecond,
    double RolloutSeconds, double UpdateSeconds)
{
    /// <summary>In self-play, each role's mean training return against its pool of opponents (role, return); null otherwise.</summary>
    public IReadOnlyList<KeyValuePair<string, double>>? RoleReturns { get; init; }
}
