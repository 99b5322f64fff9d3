using RlGym.Core.MultiAgent;
using RlGym.Core.Tests.Fixtures;

namespace RlGym.Core.Tests.MultiAgent;

public sealed class ParallelToTurnBasedTests
{
    [Fact]
    public void Collects_one_action_per_live_agent_then_steps_the_parallel_env()
    {
        var parallel = new TagEnvironment();
        using var env = parallel.AsTurnBased();
        env.Reset(seed: 0);
        Assert.Equal("a", env.AgentSelection);
        env.Step(2);
        Assert.Equal("b", env.AgentSelection);
        Assert.Empty(parallel.StepsTaken);
        env.Step(1);
        Assert.Single(parallel.StepsTaken);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 }, parallel.StepsTaken[0]);
        var a = env.Last();
        Assert.Equal("a", env.AgentSelection);
        Assert.Equal(3, a.Observation);
        Assert.Equal(2.0, a.Reward);
    }

    [Fact]
    public void Done_agents_are_stepped_once_more_to_leave_and_the_episode_drains()
    {
        var parallel = new TagEnvironment();
        using var env = parallel.AsTurnBased();
        env.Reset();
        var order = new List<string>();
        foreach (string agent in env.AgentIter(maxTurns: 50))
        {
            order.Add(agent);
            var last = env.Last();
            env.Step(last.Terminated ? 0 : 2);
        }
        Assert.Empty(env.Agents);
        // a,b act (total 4: b terminated) -> b leaves; a acts alone (6: terminated) -> a leaves.
        Assert.Equal(["a", "b", "b", "a", "a"], order);
        Assert.Equal(2, parallel.StepsTaken.Count);
        Assert.Equal(["a"], parallel.StepsTaken[1].Keys);
    }

    [Fact]
    public void Invalid_actions_name_the_agent_and_the_space()
    {
        using var env = new TagEnvironment().AsTurnBased();
        env.Reset();
        var error = Assert.Throws<InvalidActionException>(() => env.Step(7));
        Assert.Contains("agent 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discrete(3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selection_before_reset_says_what_to_call()
    {
        using var env = new TagEnvironment().AsTurnBased();
        var error = Assert.Throws<InvalidOperationException>(() => env.AgentSelection);
        Assert.Contains("Reset()", error.Message, StringComparison.Ordinal);
    }
}
