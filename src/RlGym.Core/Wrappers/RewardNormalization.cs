namespace RlGym.Core.Wrappers;

/// <summary>Gymnasium's NormalizeReward arithmetic, shared by the single and vector wrappers.</summary>
internal static class RewardNormalization
{
    public static void Validate(double gamma, double epsilon)
    {
        if (!(gamma >= 0 && gamma <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "gamma must lie in [0, 1].");
        }
        if (!(epsilon >= 0) || !double.IsFinite(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be a non-negative number.");
        }
    }

    /// <summary>Advances the running return of copy <paramref name="index"/>, updates the statistics with it, and scales the reward.</summary>
    public static double Scale(RunningMeanStd statistics, double[] returns, int index, double reward, bool terminated, double gamma, double epsilon, bool update)
    {
        returns[index] = returns[index] * gamma * (terminated ? 0 : 1) + reward;
        if (update)
        {
            statistics.Update(returns.AsSpan(index, 1));
        }
        return reward / Math.Sqrt(statistics.Variance[0] + epsilon);
    }
}
