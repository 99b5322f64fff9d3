using RlGym.Core;

namespace RlGym.Runner;

/// <summary>How many episodes to run, from which seed, and where to send what is measured.</summary>
public sealed record RunOptions
{
    /// <summary>How many episodes to run (at least 1).</summary>
    public int Episodes { get; init; } = 10;

    /// <summary>The seed of episode 0; episode i is reset with <c>Seed + i</c>, so any episode can be replayed alone.</summary>
    public ulong Seed { get; init; }

    /// <summary>The sinks told about the run, each episode and the summary, in this order.</summary>
    public IReadOnlyList<IRunSink> Sinks { get; init; } = [];

    /// <summary>Receives a frame after every reset and step when the environment renders; null to render nothing.</summary>
    public IFrameSink? Frames { get; init; }

    /// <summary>Throws when a setting is out of range; the runner calls it once before the first episode.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="Episodes"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">When <see cref="Sinks"/> is null or holds a null.</exception>
    /// <exception cref="UserInputException">When the last episode's seed (Seed + Episodes - 1) would pass 2^64-1.</exception>
    public void Validate()
    {
        if (Episodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Episodes), Episodes, $"The number of episodes is {Episodes}; expected at least 1.");
        }
        ulong lastFirstSeed = ulong.MaxValue - (ulong)(Episodes - 1);
        if (Seed > lastFirstSeed)
        {
            throw new UserInputException(
                $"Option '--seed' is {Seed}; with {Episodes} episodes (episode i is reset with seed S+i) it must be at most {lastFirstSeed}, or the seeds would wrap past {ulong.MaxValue}.");
        }
        if (Sinks is null || Sinks.Any(s => s is null))
        {
            throw new ArgumentException("Sinks must be a list without nulls.", nameof(Sinks));
        }
    }
}
