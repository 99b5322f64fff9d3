using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests;

public sealed class ParallelRunnerTests
{
    [Fact]
    public void Each_role_collects_its_own_return_and_agents_leave_when_they_are_done()
    {
        var a = new ScriptedAgent(0, "first");
        var b = new ScriptedAgent(2, "second");
        var agents = new Dictionary<string, IAgent<int, int>> { ["a"] = a, ["b"] = b };

        var result = EpisodeRunner.RunParallel(new DuelEnvironment(), agents, new RunOptions { Episodes = 2, Seed = 5 });

        Assert.All(result.Episodes, e =>
        {
            Assert.Equal([3.0, 4.0], e.Returns);
            Assert.Equal(7.0, e.Return);
            Assert.Equal(3, e.Length);
            Assert.True(e.Terminated);
            Assert.True(e.Truncated);
        });
        Assert.Equal(3 * 2, a.Acts);
        Assert.Equal(2 * 2, b.Acts);
        Assert.Equal([Rng.DeriveSeed(5, 0), Rng.DeriveSeed(6, 0)], a.Seeds);
        Assert.Equal([Rng.DeriveSeed(5, 1), Rng.DeriveSeed(6, 1)], b.Seeds);
        Assert.Equal([true, true], b.Ended.Select(s => s.Terminated));
        Assert.Equal([false, false], a.Ended.Select(s => s.Terminated));
        Assert.Equal(["a", "b"], result.Summary.Run.Roles);
        Assert.Equal(["first", "second"], result.Summary.Roles.Select(r => r.Agent));
        Assert.Equal([3.0, 4.0], result.Summary.Roles.Select(r => r.Mean));
        Assert.Equal(7.0, result.Summary.MeanReturn);
    }

    [Fact]
    public void A_role_without_an_agent_is_refused_by_name()
    {
        var agents = new Dictionary<string, IAgent<int, int>> { ["a"] = new ScriptedAgent(0) };

        var error = Assert.Throws<ArgumentException>(() => EpisodeRunner.RunParallel(new DuelEnvironment(), agents, new RunOptions()));

        Assert.Contains("Role 'b' has no agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_keeps_the_completed_episodes()
    {
        using var cancel = new CancellationTokenSource();
        var sink = new RecordingSink { OnEpisode = e => { if (e.Index == 1) { cancel.Cancel(); } } };
        var agents = new Dictionary<string, IAgent<int, int>> { ["a"] = new ScriptedAgent(0), ["b"] = new ScriptedAgent(1) };

        var result = EpisodeRunner.RunParallel(new DuelEnvironment(), agents, new RunOptions { Episodes = 10, Sinks = [sink] }, cancel.Token);

        Assert.Equal(2, result.Episodes.Count);
        Assert.True(result.Summary.Cancelled);
        Assert.Equal(2, Assert.Single(sink.Finished).Episodes);
    }
}
