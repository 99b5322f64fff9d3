using RlGym.Core;

namespace RlGym.Testing;

/// <summary>How hard the invariant kit tries, and which checks it runs.</summary>
public sealed record CheckOptions
{
    /// <summary>How many random action sequences each property tries (FsCheck's MaxTest).</summary>
    public int MaxTests { get; init; } = 100;

    /// <summary>The longest random action sequence generated.</summary>
    public int MaxSequenceLength { get; init; } = 64;

    /// <summary>
    /// The seed FsCheck's generator starts from, so a failing run repeats; null for a fresh one (every failure
    /// message says which seed to set to repeat it).
    /// </summary>
    public ulong? Seed { get; init; }

    /// <summary>How many random steps the step-after-end check takes at most while waiting for an episode to end.</summary>
    public int EpisodeStepBudget { get; init; } = 10_000;

    /// <summary>The checks to run, by name (see <see cref="CheckNames"/>); null runs them all.</summary>
    public IReadOnlyList<string>? Checks { get; init; }

    /// <summary>Options passed to <c>Make</c> when checking a registered environment.</summary>
    public EnvOptions? EnvironmentOptions { get; init; }

    /// <summary>Throws when a setting is out of range or a check name is unknown, naming the setting and the value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a count is not positive.</exception>
    /// <exception cref="ArgumentException">When <see cref="Checks"/> names a check that does not exist.</exception>
    public void Validate()
    {
        if (MaxTests < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTests), MaxTests, "MaxTests must be at least 1.");
        }
        if (MaxSequenceLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSequenceLength), MaxSequenceLength, "MaxSequenceLength must be at least 1.");
        }
        if (EpisodeStepBudget < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(EpisodeStepBudget), EpisodeStepBudget, "EpisodeStepBudget must be at least 1.");
        }
        foreach (string name in Checks ?? [])
        {
            if (!CheckNames.All.Contains(name, StringComparer.Ordinal))
            {
                string? close = Suggest.Closest(name ?? "", CheckNames.All);
                throw new ArgumentException(
                    $"There is no check '{name}'{(close is null ? "" : $" (did you mean '{close}'?)")}; the checks are: {string.Join(", ", CheckNames.All)}.",
                    nameof(Checks));
            }
        }
    }
}
