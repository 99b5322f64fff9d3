using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Arena;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Arena;

public sealed class ArenaRunnerTests
{
    private readonly EnvRegistry _environments = new();
    private readonly AgentRegistry _agents = new();

    public ArenaRunnerTests() => CatMouseEnvironments.Register(_environments, _agents);

    private static ArenaRequest Request(int episodes = 300, int threads = 1, int lanes = 64, ulong seed = 7) => new()
    {
        EnvironmentId = "CatMouseDuel-v0",
        RoleA = "cat",
        RoleB = "mouse",
        AgentsA = ["teacher", "random"],
        AgentsB = ["teacher", "random"],
        Episodes = episodes,
        Seed = seed,
        Threads = threads,
        Lanes = lanes,
    };

    [Fact]
    public void Every_cat_meets_every_mouse_and_the_chasing_teacher_catches_most()
    {
        var result = ArenaRunner.Run(_environments, _agents, Request());

        Assert.Equal(["teacher/teacher", "teacher/random", "random/teacher", "random/random"], result.Pairings.Select(p => $"{p.AgentA}/{p.AgentB}"));
        Assert.All(result.Pairings, p => Assert.Equal(300, p.Episodes));
        Assert.Equal(4 * 300, result.Episodes.Count);
        var chaser = result.Pairings[1];
        var wanderer = result.Pairings[3];
        Assert.True(chaser.WinRateA > 0.95, $"the greedy chase caught a random mouse in only {chaser.WinRateA:P0} of duels");
        Assert.True(wanderer.WinRateA < 0.6, $"a random cat caught a random mouse in {wanderer.WinRateA:P0} of duels");
        // A catch is the cat's +1 and the mouse's -1; an escape the opposite: the duel is zero-sum.
        Assert.All(result.Episodes, e => Assert.Equal(0, e.ReturnA + e.ReturnB));
        Assert.All(result.Episodes, e => Assert.Equal(e.ReturnA > 0, e.Terminated));
        Assert.Equal(2 * result.Episodes.Sum(e => (long)e.Steps), result.AgentSteps);
    }

    [Fact]
    public void The_results_do_not_depend_on_the_thread_count()
    {
        var one = ArenaRunner.Run(_environments, _agents, Request(threads: 1, lanes: 16));
        var two = ArenaRunner.Run(_environments, _agents, Request(threads: 2, lanes: 16));
        var eight = ArenaRunner.Run(_environments, _agents, Request(threads: 8, lanes: 16));

        Assert.Equal(one.Episodes, two.Episodes);
        Assert.Equal(one.Episodes, eight.Episodes);
        Assert.Equal(one.Pairings, two.Pairings);
    }

    [Fact]
    public void The_allocation_free_path_plays_the_same_episodes_as_plain_steps()
    {
        using (var probe = _environments.MakeParallel<CatMouseObservation, int>("CatMouseDuel-v0"))
        {
            Assert.True(probe.TryGetBufferedParallelStep(out _));
        }
        _environments.RegisterParallel(new EnvSpec("Test/PlainCatMouseDuel-v0"), context =>
            new PlainParallelEnvironment<CatMouseObservation, int>(_environments.MakeParallel<CatMouseObservation, int>("CatMouseDuel-v0", context.Options)));
        var buffered = ArenaRunner.Run(_environments, _agents, Request(episodes: 200, lanes: 16));
        var plain = ArenaRunner.Run(_environments, _agents, Request(episodes: 200, lanes: 16) with { EnvironmentId = "Test/PlainCatMouseDuel-v0" });

        Assert.Equal(buffered.Episodes, plain.Episodes);
        Assert.Equal(buffered.AgentSteps, plain.AgentSteps);
        Assert.Contains(buffered.Episodes, e => e.Terminated);
        Assert.Contains(buffered.Episodes, e => !e.Terminated);
    }

    [Fact]
    public void On_the_allocation_free_path_an_agent_that_is_done_drops_out_as_on_plain_steps()
    {
        // The fixture's second role terminates after 2 steps and leaves the first to play the third alone.
        var (environments, agents) = TestRegistry.Create();
        var made = new List<BufferedDuelEnvironment>();
        environments.RegisterParallel(new EnvSpec("Test/BufferedDuel-v0"), _ =>
        {
            var env = new BufferedDuelEnvironment();
            made.Add(env);
            return env;
        });
        ArenaRequest Duel(string id) => new()
        {
            EnvironmentId = id,
            RoleA = "a",
            RoleB = "b",
            AgentsA = ["scripted:1"],
            AgentsB = ["scripted:2", "scripted:0"],
            Episodes = 10,
            Seed = 3,
            Threads = 1,
            Lanes = 4,
        };
        var plain = ArenaRunner.Run(environments, agents, Duel("Test/Duel-v0"));
        var buffered = ArenaRunner.Run(environments, agents, Duel("Test/BufferedDuel-v0"));

        Assert.Equal(plain.Episodes, buffered.Episodes);
        Assert.Equal(plain.AgentSteps, buffered.AgentSteps);
        Assert.All(buffered.Episodes, e => Assert.Equal((3, 3.0), (e.Steps, e.ReturnA)));
        Assert.Equal(5 * 20, plain.AgentSteps);
        Assert.True(made.Sum(e => e.BufferedSteps) > 0);
        Assert.Equal(0, made.Sum(e => e.PlainSteps));
    }

    [Fact]
    public void Scripted_results_do_not_depend_on_the_lane_count_either()
    {
        var narrow = ArenaRunner.Run(_environments, _agents, Request(episodes: 50, lanes: 1));
        var wide = ArenaRunner.Run(_environments, _agents, Request(episodes: 50, lanes: 64));

        Assert.Equal(narrow.Episodes, wide.Episodes);
    }

    [Fact]
    public void Another_seed_plays_other_duels()
    {
        var a = ArenaRunner.Run(_environments, _agents, Request(episodes: 50, seed: 1));
        var b = ArenaRunner.Run(_environments, _agents, Request(episodes: 50, seed: 2));

        Assert.NotEqual(a.Episodes.Select(e => e.Steps), b.Episodes.Select(e => e.Steps));
    }

    [Fact]
    public void An_unknown_agent_is_refused_before_anything_is_played()
    {
        var request = Request() with { AgentsB = ["teacher", "tecaher"] };

        var error = Assert.Throws<UnknownAgentException>(() => ArenaRunner.Check(_environments, _agents, request));

        Assert.Contains("'tecaher'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'teacher'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_agent_environment_or_a_missing_role_is_refused()
    {
        var single = Assert.Throws<UserInputException>(() => ArenaRunner.Check(_environments, _agents, Request() with { EnvironmentId = "CatMouse-v0" }));
        var role = Assert.Throws<UserInputException>(() => ArenaRunner.Check(_environments, _agents, Request() with { RoleB = "dog" }));

        Assert.Contains("single-agent", single.Message, StringComparison.Ordinal);
        Assert.Contains("no role 'dog'", role.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, 64, "Episodes per pairing is 0")]
    [InlineData(10, 0, 64, "Threads is 0")]
    [InlineData(10, 1, 0, "Lanes is 0")]
    public void Bad_settings_are_named(int episodes, int threads, int lanes, string expected)
    {
        var error = Assert.Throws<UserInputException>(() => Request(episodes, threads, lanes).Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_listed_twice_for_a_role_is_refused()
    {
        var error = Assert.Throws<UserInputException>(() => (Request() with { AgentsA = ["random", "random"] }).Validate());

        Assert.Contains("'random' is listed twice for the cat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_stops_the_arena()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArenaRunner.Run(_environments, _agents, Request(), cancellationToken: cancel.Token));
    }
}
