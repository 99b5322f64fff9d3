namespace RlGym.Core.Wrappers;

/// <summary>
/// The view of a NormalizeObservation wrapper (single or vector): its running statistics, a switch to freeze them for
/// evaluation, and their saved form to store with a policy.
/// </summary>
public interface IObservationNormalizer
{
    /// <summary>Whether new observations update the running statistics (turn off to evaluate; Gymnasium's <c>update_running_mean</c>).</summary>
    bool UpdateStatistics { get; set; }

    /// <summary>How many observations the statistics have seen, plus Gymnasium's initial count of 1e-4.</summary>
    double Count { get; }

    /// <summary>The running mean of each item.</summary>
    ReadOnlySpan<double> Mean { get; }

    /// <summary>The running (population) variance of item <paramref name="index"/>.</summary>
    double Variance(int index);

    /// <summary>A copy of the statistics (count, mean, variance), to save beside a policy.</summary>
    RunningMeanStdState State { get; }

    /// <summary>Replaces the statistics with saved ones.</summary>
    /// <exception cref="ArgumentException">When the saved statistics are of another size or malformed.</exception>
    void Restore(RunningMeanStdState state);
}
