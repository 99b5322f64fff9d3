using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>
/// Gymnasium's vector <c>NormalizeReward</c>: each copy keeps its running return <c>G_i = G_i * gamma * (1 - terminated_i)
/// + reward_i</c>; the statistics are updated with the batch of returns (unless frozen), and every reward is divided by
/// <c>sqrt(var + epsilon)</c>. Allocates nothing per step.
/// </summary>
internal sealed class VectorNormalizeReward<TObs, TAction> : VectorWrapper<TObs, TAction>, IRewardNormalizer
{
    private readonly RunningMeanStd _statistics = new(1);
    private readonly double[] _returns;
    private readonly double[] _rewards;

    public VectorNormalizeReward(IVectorEnvironment<TObs, TAction> inner, double gamma, double epsilon) : base(inner)
    {
        RewardNormalization.Validate(gamma, epsilon);
        Gamma = gamma;
        Epsilon = epsilon;
        _returns = new double[inner.Count];
        _rewards = new double[inner.Count];
    }

    public bool UpdateStatistics { get; set; } = true;

    public double Gamma { get; }

    public double Epsilon { get; }

    public RunningMeanStdState State => _statistics.State;

    public void Restore(RunningMeanStdState state) => _statistics.Restore(state);

    public override VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        var result = Inner.Step(actions);
        var rewards = result.Rewards;
        var terminated = result.Terminated;
        for (int i = 0; i < _returns.Length; i++)
        {
            _returns[i] = _returns[i] * Gamma * (terminated[i] ? 0 : 1) + rewards[i];
        }
        if (UpdateStatistics)
        {
            _statistics.Update(_returns);
        }
        double scale = Math.Sqrt(_statistics.Variance[0] + Epsilon);
        for (int i = 0; i < _rewards.Length; i++)
        {
            _rewards[i] = rewards[i] / scale;
        }
        return result.WithRewards(_rewards);
    }
}
