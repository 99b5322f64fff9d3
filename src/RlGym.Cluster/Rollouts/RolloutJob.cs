namespace RlGym.Cluster.Rollouts;

/// <summary>What a rollout worker makes: copies <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> - 1 of a learner's environments.</summary>
[GenerateSerializer, Immutable, Alias("rlgym.RolloutJob")]
public sealed class RolloutJob
{
    /// <summary>The learner's run (fresh for every vector).</summary>
    [Id(0)] public required string Run { get; init; }

    /// <summary>The registered environment id.</summary>
    [Id(1)] public required string EnvironmentId { get; init; }

    /// <summary>The environment options as <c>key=value</c> items (empty for the defaults).</summary>
    [Id(2)] public required string[] Options { get; init; }

    /// <summary>The index of the worker's first copy among the learner's.</summary>
    [Id(3)] public int First { get; init; }

    /// <summary>How many copies the worker steps.</summary>
    [Id(4)] public int Count { get; init; }

    /// <summary>The autoreset mode of the copies (<see cref="Core.Vector.AutoresetMode"/>).</summary>
    [Id(5)] public int Autoreset { get; init; }
}
