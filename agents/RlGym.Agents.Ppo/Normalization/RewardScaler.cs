using RlGym.Core.Wrappers;

namespace RlGym.Agents.Ppo.Normalization;

/// <summary>
/// Gymnasium's NormalizeReward over a vector of environments: each environment's discounted return is accumulated
/// (restarting when its episode ends) and rewards are divided by the running standard deviation of those returns, then
/// clipped to [-10, 10]. Only training uses it; its statistics are saved so a resumed run scales as before.
/// </summary>
internal sealed class RewardScaler(int envs, double gamma, RunningMeanStd? statistics = null)
{
    private const double Epsilon = 1e-8;
    private readonly double[] _returns = new double[envs];
    private readonly float[] _row = new float[envs];

    /// <summary>The running statistics of the discounted return.</summary>
    public RunningMeanStd Statistics { get; } = statistics ?? new RunningMeanStd(1);

    /// <summary>Forgets the returns of the episodes in progress (their statistics stay): the next step starts every episode.</summary>
    public void Restart() => Array.Clear(_returns);

    /// <summary>Scales one step's rewards in place; <paramref name="ended"/> says which episodes ended at it.</summary>
    public void Apply(Span<float> rewards, ReadOnlySpan<bool> ended)
    {
        for (int i = 0; i < _returns.Length; i++)
        {
            _returns[i] = _returns[i] * gamma + rewards[i];
            _row[i] = (float)_returns[i];
        }
        Statistics.Update(_row, _row.Length);
        double scale = 1.0 / Math.Sqrt(Statistics.Variance[0] + Epsilon);
        for (int i = 0; i < rewards.Length; i++)
        {
            rewards[i] = Math.Clamp((float)(rewards[i] * scale), -10f, 10f);
            if (ended[i])
            {
                _returns[i] = 0;
            }
        }
    }
}
