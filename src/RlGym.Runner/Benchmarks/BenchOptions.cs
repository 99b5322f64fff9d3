using RlGym.Core;

namespace RlGym.Runner.Benchmarks;

/// <summary>What <see cref="ThroughputBenchmark"/> measures.</summary>
/// <param name="EnvironmentId">The registered id.</param>
internal sealed record BenchOptions(string EnvironmentId)
{
    /// <summary>How many copies to step together (through <c>EnvRegistry.MakeVector</c> when more than 1).</summary>
    public int Envs { get; init; } = 1;

    /// <summary>
    /// How many independent copies to step at once, each on its own thread with its own actions (seeded
    /// <see cref="Seed"/> + i) and no vector between them; 1 steps on the calling thread.
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>How long to measure, after a short warm-up.</summary>
    public double Seconds { get; init; } = 5;

    /// <summary>The seed of the first reset and of the pre-sampled actions.</summary>
    public ulong Seed { get; init; }

    /// <summary>Options passed to the environment's factory.</summary>
    public EnvOptions Options { get; init; } = EnvOptions.Empty;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="Envs"/> or <see cref="Workers"/> is below 1 or <see cref="Seconds"/> is not a positive number.</exception>
    /// <exception cref="UserInputException">When both <see cref="Envs"/> and <see cref="Workers"/> are above 1.</exception>
    public void Validate()
    {
        if (Envs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Envs), Envs, $"The number of environments is {Envs}; expected at least 1.");
        }
        if (Workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, $"The number of workers is {Workers}; expected at least 1.");
        }
        if (Envs > 1 && Workers > 1)
        {
            throw new UserInputException(
                $"Got --envs {Envs} and --workers {Workers}; measure either one vector of copies (--envs) or independent copies on their own threads (--workers), not both.");
        }
        if (!double.IsFinite(Seconds) || Seconds <= 0 || Seconds > 86_400)
        {
            throw new ArgumentOutOfRangeException(nameof(Seconds), Seconds, $"The duration is {Seconds} s; expected a number of seconds above 0 and at most 86400.");
        }
    }
}
