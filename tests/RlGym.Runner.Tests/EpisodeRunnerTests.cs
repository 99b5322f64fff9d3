using FsCheck;
using FsCheck.Fluent;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests;

public sealed class EpisodeRunnerTests
{
    [Fact]
    public void Returns_and_lengths_match_the_values_computed_by_hand()
    {
        // Seeds 10, 11, 12 give lengths 10%3+2=3, 4, 2; action 2 earns 2 a step: returns 6, 8, 4.
        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(2), new RunOptions { Episodes = 3, Seed = 10 });

        Assert.Equal([0, 1, 2], result.Episodes.Select(e => e.Index));
        Assert.Equal([10UL, 11UL, 12UL], result.Episodes.Select(e => e.Seed));
        Assert.Equal([6.0, 8.0, 4.0], result.Episodes.Select(e => e.Return));
        Assert.Equal([3, 4, 2], result.Episodes.Select(e => e.Length));
        Assert.All(result.Episodes, e => Assert.True(e.Terminated && !e.Truncated));
        Assert.All(result.Episodes, e => Assert.True(e.Seconds >= 0));

        var summary = result.Summary;
        Assert.Equal(3, summary.Episodes);
        Assert.False(summary.Cancelled);
        Assert.Equal(6.0, summary.MeanReturn, 12);
        Assert.Equal(Math.Sqrt(8.0 / 3.0), summary.StdReturn, 12);
        Assert.Equal(3.0, summary.MeanLength, 12);
        Assert.Equal(9, summary.TotalSteps);
        Assert.Equal(summary.TotalSteps / summary.WallSeconds, summary.StepsPerSecond, 6);
        var role = Assert.Single(summary.Roles);
        Assert.Equal(new ReturnStats("agent", "scripted", 6, Math.Sqrt(8.0 / 3.0), 4, 8), role);
    }

    [Fact]
    public void The_agent_begins_each_episode_with_a_seed_derived_from_the_episode_seed_and_sees_every_transition()
    {
        var agent = new ScriptedAgent(1);

        EpisodeRunner.Run(new ScriptedEnvironment(), agent, new RunOptions { Episodes = 2, Seed = 10 });

        Assert.Equal([Rng.DeriveSeed(10, 0), Rng.DeriveSeed(11, 0)], agent.Seeds);
        Assert.Equal(3 + 4, agent.Acts);
        Assert.Equal(
            [(0, 1), (1, 2), (2, 3), (0, 1), (1, 2), (2, 3), (3, 4)],
            agent.Transitions.Select(t => (t.Observation, t.NextObservation)));
        Assert.All(agent.Transitions, t => Assert.Equal((1, 1.0), (t.Action, t.Reward)));
        Assert.Equal([false, false, true, false, false, false, true], agent.Transitions.Select(t => t.Terminated));
        Assert.Equal([new EpisodeStats(3, 3, agent.Ended[0].Seconds, true), new EpisodeStats(4, 4, agent.Ended[1].Seconds, true)], agent.Ended);
    }

    [Fact]
    public void The_same_seed_repeats_the_run_and_another_seed_does_not()
    {
        static RunResult Run(ulong seed)
        {
            var env = new NoisyEnvironment();
            return EpisodeRunner.Run(env, new RandomAgent<int, int>(env.ActionSpace), new RunOptions { Episodes = 20, Seed = seed });
        }

        var first = Run(7);
        var again = Run(7);
        var other = Run(8);

        Assert.Equal(first.Episodes.Select(e => (e.Return, e.Length)), again.Episodes.Select(e => (e.Return, e.Length)));
        Assert.NotEqual(first.Episodes.Select(e => e.Return), other.Episodes.Select(e => e.Return));
    }

    [Fact]
    public void Any_episode_replays_alone_from_its_recorded_seed()
    {
        var seeds = Gen.Choose(0, int.MaxValue).Select(s => (ulong)s);
        var index = Gen.Choose(0, 7);
        Prop.ForAll(seeds.ToArbitrary(), index.ToArbitrary(), (seed, i) =>
        {
            var env = new NoisyEnvironment();
            var full = EpisodeRunner.Run(env, new RandomAgent<int, int>(env.ActionSpace), new RunOptions { Episodes = 8, Seed = seed });
            var recorded = full.Episodes[i];
            var alone = EpisodeRunner.Run(env, new RandomAgent<int, int>(env.ActionSpace), new RunOptions { Episodes = 1, Seed = recorded.Seed });
            return alone.Episodes[0].Return == recorded.Return && alone.Episodes[0].Length == recorded.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_long_run_keeps_only_its_first_episodes_while_the_sinks_and_the_summary_see_them_all()
    {
        // Seeds 10.. give lengths 3, 4, 2, 3, ...; action 2 earns 2 a step.
        const int episodes = 5 * RunResult.KeptEpisodes;
        var sink = new RecordingSink();

        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(2), new RunOptions { Episodes = episodes, Seed = 10, Sinks = [sink] });

        Assert.Equal(RunResult.KeptEpisodes, result.Episodes.Count);
        Assert.Equal(Enumerable.Range(0, RunResult.KeptEpisodes), result.Episodes.Select(e => e.Index));
        Assert.Equal(episodes, sink.Episodes.Count);
        double[] returns = [.. sink.Episodes.Select(e => e.Return)];
        double mean = returns.Average();
        var summary = result.Summary;
        Assert.Equal(episodes, summary.Episodes);
        Assert.Equal(mean, summary.MeanReturn, 12);
        Assert.Equal(Math.Sqrt(returns.Select(r => (r - mean) * (r - mean)).Sum() / episodes), summary.StdReturn, 12);
        Assert.Equal(sink.Episodes.Sum(e => (long)e.Length), summary.TotalSteps);
        Assert.Equal((double)summary.TotalSteps / episodes, summary.MeanLength, 12);
        var role = Assert.Single(summary.Roles);
        Assert.Equal((returns.Min(), returns.Max()), (role.Min, role.Max));
    }

    [Fact]
    public void Cancelling_mid_episode_drops_the_partial_episode_and_reports_what_was_collected()
    {
        using var cancel = new CancellationTokenSource();
        // Episode 0 (seed 10) takes 3 acts; cancel during the second act of episode 1.
        var agent = new ScriptedAgent(2) { OnAct = n => { if (n == 5) { cancel.Cancel(); } } };
        var sink = new RecordingSink();

        var result = EpisodeRunner.Run(new ScriptedEnvironment(), agent, new RunOptions { Episodes = 5, Seed = 10, Sinks = [sink] }, cancel.Token);

        var only = Assert.Single(result.Episodes);
        Assert.Equal((0, 6.0, 3), (only.Index, only.Return, only.Length));
        Assert.True(result.Summary.Cancelled);
        Assert.Equal(1, result.Summary.Episodes);
        Assert.Equal(3, result.Summary.TotalSteps);
        Assert.Single(sink.Episodes);
        var finished = Assert.Single(sink.Finished);
        Assert.True(finished.Cancelled);
        Assert.Single(agent.Ended);
    }

    [Fact]
    public void A_run_cancelled_before_it_starts_reports_no_episodes()
    {
        var sink = new RecordingSink();

        var result = EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(0), new RunOptions { Episodes = 3, Sinks = [sink] }, new CancellationToken(canceled: true));

        Assert.Empty(result.Episodes);
        Assert.True(double.IsNaN(result.Summary.MeanReturn));
        Assert.Equal(0, result.Summary.StepsPerSecond);
        Assert.True(Assert.Single(sink.Finished).Cancelled);
    }

    [Fact]
    public void Frames_are_sent_after_the_reset_and_every_step_when_the_environment_renders()
    {
        var sink = new RecordingSink();

        EpisodeRunner.Run(new ScriptedEnvironment(RenderMode.Ansi), new ScriptedAgent(0), new RunOptions { Episodes = 2, Seed = 12, Frames = sink });

        // Seeds 12 and 13 give 2 and 3 steps.
        Assert.Equal([(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (1, 3)], sink.Frames.Select(f => (f.Episode, f.Step)));
        Assert.Equal("step 3", sink.Frames[^1].Frame.Text);
    }

    [Fact]
    public void An_environment_that_does_not_render_is_never_asked_to()
    {
        var env = new ScriptedEnvironment(RenderMode.None);
        var sink = new RecordingSink();

        EpisodeRunner.Run(env, new ScriptedAgent(0), new RunOptions { Episodes = 2, Frames = sink });

        Assert.Equal(0, env.Renders);
        Assert.Empty(sink.Frames);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Fewer_than_one_episode_is_refused_with_the_value(int episodes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            EpisodeRunner.Run(new ScriptedEnvironment(), new ScriptedAgent(0), new RunOptions { Episodes = episodes }));

        Assert.Contains($"is {episodes}; expected at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_loop_allocates_nothing_per_step()
    {
        static long Allocated(int length)
        {
            var env = new ScriptedEnvironment(fixedLength: length);
            var agent = new ScriptedAgent(1) { Record = false };
            long before = GC.GetAllocatedBytesForCurrentThread();
            EpisodeRunner.Run(env, agent, new RunOptions { Episodes = 1 });
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(10);
        Allocated(100_000);
        long shortRun = Allocated(10);
        long longRun = Allocated(100_000);

        Assert.True(longRun - shortRun < 1_000, $"100000 steps allocated {longRun - shortRun} bytes more than 10 steps.");
    }
}
