using RlGym.Runner.Arena;

namespace RlGym.Cluster.Tests.Fixtures;

/// <summary>Requests and comparisons shared by the arena tests.</summary>
public static class Leagues
{
    /// <summary>Two cats against two mice in CatMouseDuel-v0, in blocks of 8 episodes.</summary>
    public static ArenaRequest Request(int episodes = 40, ulong seed = 7) => new()
    {
        EnvironmentId = "CatMouseDuel-v0",
        RoleA = "cat",
        RoleB = "mouse",
        AgentsA = ["teacher", "random"],
        AgentsB = ["random", "teacher"],
        Episodes = episodes,
        Seed = seed,
        Lanes = 8,
        Threads = 2,
    };

    /// <summary>Asserts that two runs played the same league: every episode, every pairing's figures, every rating.</summary>
    public static void AssertSame(ArenaResult expected, ArenaResult actual)
    {
        Xunit.Assert.Equal(expected.Episodes, actual.Episodes);
        Xunit.Assert.Equal(expected.Pairings, actual.Pairings);
        Xunit.Assert.Equal(expected.AgentSteps, actual.AgentSteps);
        var newcomersA = expected.Request.AgentsA.Select(_ => Glicko2Rating.Newcomer).ToArray();
        var newcomersB = expected.Request.AgentsB.Select(_ => Glicko2Rating.Newcomer).ToArray();
        var (expectedA, expectedB) = ArenaRatings.Rate(expected, newcomersA, newcomersB);
        var (actualA, actualB) = ArenaRatings.Rate(actual, newcomersA, newcomersB);
        Xunit.Assert.Equal(expectedA, actualA);
        Xunit.Assert.Equal(expectedB, actualB);
    }
}
