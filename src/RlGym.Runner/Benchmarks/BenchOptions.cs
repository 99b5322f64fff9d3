using RlGym.Core;

namespace RlGym.Runner.Benchmarks;

/// <summary>What <see cref="ThroughputBenchmark"/> measures.</summary>
/// <param name="EnvironmentId">The registered id.</param>
internal sealed record BenchOptions(string EnvironmentId)
{
    /// <summary>How many copies to step together (through <c>EnvRegistry.MakeVector</c> when more than 1).</summary>
    public int Envs { get; init; } = 1;

    /// <summary>How long to measure, after a short warm-up.</summary>
    public double Seconds { get; init; } = 5;

    /// <summary>The seed of the first reset and of the pre-sampled actions.</summary>
    public ulong Seed { get; init; }

    /// <summary>Options passed to the environment's factory.</summary>
    public EnvOptions Options { get; init; } = EnvOptions.Empty;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="Envs"/> is below 1 or <see cref="Seconds"/> is not a positive number.</exception>
    public void Validate()
    {
        if (Envs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Envs), Envs, $"The number of environments is {Envs}; expected at least 1.");
        }
        if (!double.IsFinite(Seconds) || Seconds <= 0 || Seconds > 86_400)
        {
            throw new ArgumentOutOfRangeException(nameof(Seconds), Seconds, $"The duration is {Seconds} s; expected a number of seconds above 0 and at most 86400.");
        }
    }
}
