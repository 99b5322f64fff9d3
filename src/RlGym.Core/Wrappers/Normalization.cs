namespace RlGym.Core.Wrappers;

/// <summary>The normalisation formula the observation normalisers share.</summary>
internal static class Normalization
{
    /// <summary>Writes <c>(x - mean) / sqrt(var + epsilon)</c> item by item.</summary>
    public static void Apply(RunningMeanStd statistics, ReadOnlySpan<float> observation, Span<float> destination, double epsilon)
    {
        var mean = statistics.Mean;
        var variance = statistics.Variance;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (float)((observation[i] - mean[i]) / Math.Sqrt(variance[i] + epsilon));
        }
    }
}
