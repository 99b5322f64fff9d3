namespace RlGym.Testing;

/// <summary>How hard the invariant kit tries.</summary>
public sealed record CheckOptions
{
    /// <summary>How many random action sequences each property tries (FsCheck's MaxTest).</summary>
    public int MaxTests { get; init; } = 100;

    /// <summary>The longest random action sequence generated.</summary>
    public int MaxSequenceLength { get; init; } = 64;

    /// <summary>The seed FsCheck's generator starts from, so a failing run repeats; null for a fresh one.</summary>
    public ulong? Seed { get; init; }
}
