using System.Diagnostics;
using RlGym.Agents.Ppo;
using RlGym.Runner.Training;

namespace RlGym.Cli.Training;

/// <summary>
/// PPO on one environment, an iteration (a rollout and its update) a step of the training loop; the loop's step count
/// is environment steps. Every <paramref name="evaluateEvery"/> steps (and at the first and last measurement) the greedy
/// policy plays <paramref name="evaluationEpisodes"/> held-out episodes (seeds from <see cref="EvaluationSeed"/>); a new
/// best mean return writes best.ckpt next to the checkpoint (unless <paramref name="bestPath"/> is null, as in self-play,
/// where the evaluation is against a moving opponent). In self-play each role's training return is a metric of its own
/// (<c>return_ROLE</c>). The stop rule is the time budget, if any.
/// </summary>
internal sealed class PpoTrainingSession(
    IPpoLearner learner, string? bestPath, long evaluateEvery, int evaluationEpisodes, TimeSpan? budget, double earlierBest, CancellationToken cancellationToken) : ITrainingSession
{
    /// <summary>The first seed of the held-out evaluation episodes (training resets use other seeds).</summary>
    public const ulong EvaluationSeed = 1_000_000_000;

    public const string EpisodeReturn = "episode_return";
    public const string EpisodeLength = "episode_length";
    public const string EvaluationReturn = "eval_return";
    public const string EvaluationLength = "eval_length";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private PpoUpdateReport _last = new(learner.Steps, learner.Iterations, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
    private PpoEvaluation? _evaluation;
    private long _evaluatedAt = -1;
    private double _best = earlierBest;

    public string StepUnit => "steps";

    public long Step => learner.Steps;

    public bool Finished => budget is TimeSpan limit && _clock.Elapsed >= limit;

    /// <summary>The best held-out mean return so far.</summary>
    public double Best => _best;

    public void Advance()
    {
        try
        {
            _last = learner.Iterate(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The training loop sees the same token next and ends the run as interrupted.
        }
    }

    public IReadOnlyList<Metric> Measure()
    {
        bool due = _evaluation is null || learner.Steps - _evaluatedAt >= evaluateEvery || Finished;
        if (due && !cancellationToken.IsCancellationRequested)
        {
            var evaluation = learner.Evaluate(evaluationEpisodes, EvaluationSeed);
            _evaluation = evaluation;
            _evaluatedAt = learner.Steps;
            if (bestPath is not null && learner.Iterations > 0 && (double.IsNaN(_best) || evaluation.MeanReturn > _best))
            {
                _best = evaluation.MeanReturn;
                learner.SavePolicy(bestPath);
            }
        }
        var r = _last;
        var roles = (r.RoleReturns ?? []).Select(role => new Metric($"return_{role.Key}", role.Value));
        return
        [
            .. roles,
            new(EpisodeReturn, r.MeanReturn),
            new(EpisodeLength, r.MeanLength),
            new(EvaluationReturn, _evaluation?.MeanReturn ?? double.NaN),
            new(EvaluationLength, _evaluation?.MeanLength ?? double.NaN),
            new("policy_loss", r.PolicyLoss),
            new("value_loss", r.ValueLoss),
            new("entropy", r.Entropy),
            new("approx_kl", r.ApproxKl),
            new("clip_fraction", r.ClipFraction),
            new("explained_variance", r.ExplainedVariance),
            new("learning_rate", r.LearningRate),
            new("steps_per_second", r.StepsPerSecond),
            new("rollout_seconds", r.RolloutSeconds),
            new("update_seconds", r.UpdateSeconds),
        ];
    }

    public void SaveCheckpoint(string path) => learner.Save(path);

    public void Dispose() => learner.Dispose();
}
