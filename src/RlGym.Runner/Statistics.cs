namespace RlGym.Runner;

/// <summary>Mean, population standard deviation and range of a sample.</summary>
internal static class Statistics
{
    public static (double Mean, double Std, double Min, double Max) Describe(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        double mean = sum / values.Length;
        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }
        return (mean, Math.Sqrt(squares / values.Length), min, max);
    }
}
