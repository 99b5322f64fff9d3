namespace RlGym.Cluster.Rollouts;

/// <summary>
/// What a rollout worker sends back for its copies after a reset or a step: the observations (packed by the
/// learner's and the worker's shared codec), rewards and ends, the final observations of episodes that ended (same-step
/// autoreset), and action masks where the copies' infos hold one. Other info entries stay on the silo.
/// </summary>
[GenerateSerializer, Immutable, Alias("rlgym.RolloutReply")]
public sealed class RolloutReply
{
    /// <summary>Every copy's observation, packed, in copy order.</summary>
    [Id(0)] public required byte[] Observations { get; init; }

    /// <summary>Every copy's reward (empty after a reset).</summary>
    [Id(1)] public required double[] Rewards { get; init; }

    /// <summary>Whether each copy terminated (empty after a reset).</summary>
    [Id(2)] public required bool[] Terminated { get; init; }

    /// <summary>Whether each copy was truncated (empty after a reset).</summary>
    [Id(3)] public required bool[] Truncated { get; init; }

    /// <summary>The copies (indices within the worker) whose info holds a final observation, in order.</summary>
    [Id(4)] public required int[] Finals { get; init; }

    /// <summary>The final observations of <see cref="Finals"/>, packed.</summary>
    [Id(5)] public required byte[] FinalObservations { get; init; }

    /// <summary>Each copy's action mask (1 allowed, 0 forbidden) when its info holds one; null when no copy's does.</summary>
    [Id(6)] public byte[]?[]? ActionMasks { get; init; }

    /// <summary>The silo that stepped the copies.</summary>
    [Id(7)] public required string Silo { get; init; }
}
