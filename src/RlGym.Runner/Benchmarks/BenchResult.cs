namespace RlGym.Runner.Benchmarks;

/// <summary>What a throughput benchmark measured.</summary>
/// <param name="EnvironmentId">The environment measured.</param>
/// <param name="Envs">How many copies were stepped together.</param>
/// <param name="Steps">Environment steps taken in the measured time (each vector step counts one per copy).</param>
/// <param name="Episodes">Episodes that ended in the measured time.</param>
/// <param name="Seconds">The measured wall time.</param>
/// <param name="Cancelled">True when the measurement was stopped early.</param>
/// <param name="Workers">How many independent copies were stepped at once, each on its own thread.</param>
internal sealed record BenchResult(string EnvironmentId, int Envs, long Steps, long Episodes, double Seconds, bool Cancelled, int Workers = 1)
{
    /// <summary>Steps per second of wall time.</summary>
    public double StepsPerSecond => Seconds > 0 ? Steps / Seconds : 0;
}
