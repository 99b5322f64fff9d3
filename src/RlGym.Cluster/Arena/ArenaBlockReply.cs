namespace RlGym.Cluster.Arena;

/// <summary>What a worker sends back for one block: its episodes column by column (in episode order) and the agent actions taken.</summary>
[GenerateSerializer, Immutable, Alias("rlgym.ArenaBlockReply")]
public sealed class ArenaBlockReply
{
    /// <summary>The block's index.</summary>
    [Id(0)] public long Block { get; init; }

    /// <summary>Role A's return in each episode.</summary>
    [Id(1)] public required double[] ReturnsA { get; init; }

    /// <summary>Role B's return in each episode.</summary>
    [Id(2)] public required double[] ReturnsB { get; init; }

    /// <summary>Environment steps of each episode.</summary>
    [Id(3)] public required int[] Steps { get; init; }

    /// <summary>Whether each episode ended by termination.</summary>
    [Id(4)] public required bool[] Terminated { get; init; }

    /// <summary>Agent actions taken in the block.</summary>
    [Id(5)] public long AgentSteps { get; init; }

    /// <summary>The silo that played it.</summary>
    [Id(6)] public required string Silo { get; init; }
}
