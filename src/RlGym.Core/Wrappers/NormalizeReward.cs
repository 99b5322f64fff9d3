namespace RlGym.Core.Wrappers;

/// <summary>
/// Scales rewards so that the discounted return has roughly unit variance (Gymnasium's <c>NormalizeReward</c>): keeps
/// the running return <c>G = G * gamma * (1 - terminated) + reward</c>, updates the running variance of G with it
/// (unless frozen), and returns <c>reward / sqrt(var + epsilon)</c>. Observations pass through; allocates nothing per step.
/// </summary>
internal sealed class NormalizeReward<TObs, TAction> : Wrapper<TObs, TAction>, IRewardNormalizer
{
    private readonly RunningMeanStd _statistics = new(1);
    private readonly double[] _return = new double[1];

    public NormalizeReward(IEnvironment<TObs, TAction> inner, double gamma, double epsilon) : base(inner)
    {
        RewardNormalization.Validate(gamma, epsilon);
        Gamma = gamma;
        Epsilon = epsilon;
    }

    public bool UpdateStatistics { get; set; } = true;

    public double Gamma { get; }

    public double Epsilon { get; }

    public RunningMeanStdState State => _statistics.State;

    public void Restore(RunningMeanStdState state) => _statistics.Restore(state);

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        double reward = RewardNormalization.Scale(_statistics, _return, 0, result.Reward, result.Terminated, Gamma, Epsilon, UpdateStatistics);
        return result with { Reward = reward };
    }
}
