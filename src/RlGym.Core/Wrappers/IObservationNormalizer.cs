namespace RlGym.Core.Wrappers;

/// <summary>The view of a NormalizeObservation wrapper: its running statistics, and a switch to freeze them for evaluation.</summary>
public interface IObservationNormalizer
{
    /// <summary>Whether new observations update the running statistics (turn off to evaluate).</summary>
    bool UpdateStatistics { get; set; }

    /// <summary>How many observations the statistics have seen.</summary>
    long Count { get; }

    /// <summary>The running mean of each item.</summary>
    ReadOnlySpan<double> Mean { get; }

    /// <summary>The running (population) variance of item <paramref name="index"/>.</summary>
    double Variance(int index);
}
