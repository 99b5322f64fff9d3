namespace RlGym.Runner.Training;

/// <summary>Where training figures go: a CSV file, TensorBoard event files, a learning-curve picture, the console.</summary>
public interface IMetricsSink : IDisposable
{
    /// <summary>Records one row.</summary>
    void Record(in MetricsRow row);

    /// <summary>Makes everything recorded so far durable (called at checkpoints and at the end).</summary>
    void Flush();
}
