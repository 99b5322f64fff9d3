namespace RlGym.Cluster.Rollouts;

/// <summary>
/// A rollout worker: owns a batch of copies of one environment (a slice of a learner's vector) and steps the whole
/// batch in one call. Its key is <c>RUN/SILO/SLOT</c>: it is placed on silo SILO while that silo is alive (see
/// <see cref="Placement.SiloPinnedPlacement"/>).
/// </summary>
[Alias("rlgym.IRolloutWorkerGrain")]
public interface IRolloutWorkerGrain : IGrainWithStringKey
{
    /// <summary>Makes the copies of <paramref name="job"/> (made as the learner's own registry would make them).</summary>
    [Alias("Open")]
    Task Open(RolloutJob job);

    /// <summary>Resets the copies whose entry in <paramref name="mask"/> is true (all when empty); copy j gets <paramref name="seed"/> + j.</summary>
    [Alias("Reset")]
    Task<RolloutReply> Reset(ulong? seed, string[] options, bool[] mask);

    /// <summary>Steps every copy with its action (packed, in copy order).</summary>
    [Alias("Step")]
    Task<RolloutReply> Step(byte[] actions);

    /// <summary>Drops the copies and lets the worker go.</summary>
    [Alias("Release")]
    Task Release();
}
