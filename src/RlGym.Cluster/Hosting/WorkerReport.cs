namespace RlGym.Cluster.Hosting;

/// <summary>One silo's workers and what they have done (see <see cref="WorkerCounters"/>).</summary>
[GenerateSerializer, Immutable, Alias("rlgym.WorkerReport")]
public sealed class WorkerReport
{
    /// <summary>The silo's address.</summary>
    [Id(0)] public required string Silo { get; init; }

    /// <summary>Worker grains active on the silo.</summary>
    [Id(1)] public int Workers { get; init; }

    /// <summary>Seconds since the silo started.</summary>
    [Id(2)] public double UptimeSeconds { get; init; }

    /// <summary>Arena blocks played.</summary>
    [Id(3)] public long ArenaBlocks { get; init; }

    /// <summary>Arena episodes played.</summary>
    [Id(4)] public long Episodes { get; init; }

    /// <summary>Environment steps taken (arena and rollouts).</summary>
    [Id(5)] public long EnvironmentSteps { get; init; }

    /// <summary>Agent actions taken in arena blocks.</summary>
    [Id(6)] public long AgentSteps { get; init; }

    /// <summary>Environment steps per second over the last minute (or the uptime, when shorter).</summary>
    [Id(7)] public double StepsPerSecondLastMinute { get; init; }
}
