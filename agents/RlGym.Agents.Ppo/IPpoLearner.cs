namespace RlGym.Agents.Ppo;

/// <summary>A PPO run on one environment, made by <see cref="PpoTrainer"/>: iterate, evaluate, save.</summary>
public interface IPpoLearner : IDisposable
{
    /// <summary>The environment trained in, as the checkpoint records it.</summary>
    PpoRunInfo Run { get; }

    /// <summary>The hyperparameters (validated).</summary>
    PpoOptions Options { get; }

    /// <summary>The network's shape in one line.</summary>
    string PolicyDescription { get; }

    /// <summary>Environment steps taken in all (a resumed run's included).</summary>
    long Steps { get; }

    /// <summary>Iterations done in all.</summary>
    int Iterations { get; }

    /// <summary>Collects one rollout and updates the policy.</summary>
    /// <exception cref="OperationCanceledException">When cancelled mid-rollout; the policy is then as after the last iteration.</exception>
    PpoUpdateReport Iterate(CancellationToken cancellationToken = default);

    /// <summary>Plays one greedy episode on each of the seeds <paramref name="seed"/> to <paramref name="seed"/> + episodes - 1.</summary>
    PpoEvaluation Evaluate(int episodes, ulong seed);

    /// <summary>Writes the policy and everything <c>--resume</c> needs (optimiser, generator, step count, normalisation), atomically.</summary>
    void Save(string path);

    /// <summary>Writes the policy alone (weights, shape, environment, normalisation), atomically.</summary>
    void SavePolicy(string path);
}
