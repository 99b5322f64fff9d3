namespace RlGym.Core.Wrappers;

/// <summary>
/// The view of a NormalizeReward wrapper (single or vector): the running statistics of the discounted return, a switch
/// to freeze them for evaluation, and their saved form to store with a policy.
/// </summary>
public interface IRewardNormalizer
{
    /// <summary>Whether new rewards update the running statistics (turn off to evaluate; Gymnasium's <c>update_running_mean</c>).</summary>
    bool UpdateStatistics { get; set; }

    /// <summary>The discount of the running return whose variance scales rewards.</summary>
    double Gamma { get; }

    /// <summary>Added to the variance before the square root.</summary>
    double Epsilon { get; }

    /// <summary>A copy of the statistics of the discounted return (count, mean, variance; size 1).</summary>
    RunningMeanStdState State { get; }

    /// <summary>Replaces the statistics with saved ones.</summary>
    /// <exception cref="ArgumentException">When the saved statistics are not of size 1 or are malformed.</exception>
    void Restore(RunningMeanStdState state);
}
