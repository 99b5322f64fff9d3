using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests;

public sealed class EpisodeRunnerWorkersTests
{
    // Random agents in noisy environments; episode 0 (seed 5) is held until episode 5 has ended, so episodes finish
    // out of order.
    private static (NoisyEnvironment[] Environments, HoldingAgent[] Agents) Noisy(int workers, ManualResetEventSlim gate)
    {
        var environments = Enumerable.Range(0, workers).Select(_ => new NoisyEnvironment()).ToArray();
        return (environments, [.. environments.Select(e => new HoldingAgent(new RandomAgent<int, int>(e.ActionSpace), Rng.DeriveSeed(5, 0), Rng.DeriveSeed(10, 0), gate))]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Several_workers_give_the_episodes_one_worker_gives_and_the_sinks_get_them_in_order(int workers)
    {
        var single = new NoisyEnvironment();
        var alone = EpisodeRunner.Run(single, new RandomAgent<int, int>(single.ActionSpace), new RunOptions { Episodes = 300, Seed = 5 });
        using var gate = new ManualResetEventSlim();
        var (environments, agents) = Noisy(workers, gate);
        var sink = new RecordingSink();

        var result = EpisodeRunner.RunWorkers(environments, agents, new RunOptions { Episodes = 300, Seed = 5, Sinks = [sink] });

        Assert.Contains(agents, a => a.Held); // episode 0 ended after episode 5

        Assert.Equal(Enumerable.Range(0, 300), sink.Episodes.Select(e => e.Index));
        Assert.Equal(
            alone.Episodes.Select(e => (e.Index, e.Seed, e.Return, e.Length, e.Terminated, e.Truncated)),
            sink.Episodes.Select(e => (e.Index, e.Seed, e.Return, e.Length, e.Terminated, e.Truncated)));
        Assert.Equal(sink.Episodes, result.Episodes);
        Assert.Single(sink.Started);
        var finished = Assert.Single(sink.Finished);
        Assert.Same(result.Summary, finished);
        Assert.False(finished.Cancelled);
        Assert.Equal((alone.Summary.Episodes, alone.Summary.TotalSteps), (finished.Episodes, finished.TotalSteps));
        Assert.Equal(alone.Summary.MeanReturn, finished.MeanReturn, 9);
    }

    [Fact]
    public void Workers_play_at_the_same_time_each_on_its_own_thread_with_its_own_environment_and_agent()
    {
        // Each agent's first episode waits until the other agent has begun one too: only concurrent workers get past it.
        using var together = new CountdownEvent(2);
        var environments = new[] { new ScriptedEnvironment(), new ScriptedEnvironment() };
        var agents = new[] { new MeetingAgent(together), new MeetingAgent(together) };

        var result = EpisodeRunner.RunWorkers(environments, agents, new RunOptions { Episodes = 40, Seed = 10 });

        Assert.All(agents, a => Assert.True(a.Met, "a worker's first episode began while the other worker had none"));
        Assert.Equal(40, result.Summary.Episodes);
        Assert.Equal(40, agents.Sum(a => a.Seeds.Count));
        Assert.Equal(
            Enumerable.Range(0, 40).Select(i => Rng.DeriveSeed(10 + (ulong)i, 0)).Order(),
            agents.SelectMany(a => a.Seeds).Order());
        var threads = agents.Select(a => Assert.Single(a.Threads)).ToArray();
        Assert.NotEqual(threads[0], threads[1]);
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
        Assert.All(environments, e => Assert.Single(e.SteppingThreads));
        Assert.All(environments, e => Assert.False(e.Disposed)); // the caller owns them
    }

    [Fact]
    public void One_worker_runs_on_the_calling_thread()
    {
        var agent = new MeetingAgent(new CountdownEvent(1));

        EpisodeRunner.RunWorkers([new ScriptedEnvironment()], [agent], new RunOptions { Episodes = 3 });

        Assert.Equal([Environment.CurrentManagedThreadId], agent.Threads);
    }

    [Fact]
    public void Cancelling_stops_every_worker_and_keeps_the_episodes_before_the_first_unfinished_one()
    {
        using var cancel = new CancellationTokenSource();
        int acts = 0;
        var environments = new[] { new ScriptedEnvironment(), new ScriptedEnvironment() };
        var agents = environments.Select(_ => new ScriptedAgent(2) { OnAct = _ => { if (Interlocked.Increment(ref acts) == 200) { cancel.Cancel(); } } }).ToArray();
        var sink = new RecordingSink();

        var result = EpisodeRunner.RunWorkers(environments, agents, new RunOptions { Episodes = 10_000, Seed = 10, Sinks = [sink] }, cancel.Token);

        Assert.True(result.Summary.Cancelled);
        Assert.Equal(Enumerable.Range(0, result.Summary.Episodes), sink.Episodes.Select(e => e.Index));
        Assert.True(Assert.Single(sink.Finished).Cancelled);
        // The whole run would take about 30,000 acts. The other worker may go on while the cancellation reaches the
        // run's own token, but never past the lookahead (128 episodes of at most 4 acts) beyond the cancelling worker's
        // episode, which stays unfinished: at most about 720 acts, whatever the timing.
        Assert.InRange(Volatile.Read(ref acts), 200, 2_000);
        Assert.InRange(result.Summary.Episodes, 0, 1_000);
    }

    [Fact]
    public void A_worker_that_throws_stops_the_others_and_its_exception_comes_out()
    {
        var environments = new IEnvironment<int, int>[] { new ScriptedEnvironment(), new FailingEnvironment(failAt: 10) };
        var agents = environments.Select(e => (IAgent<int, int>)new RandomAgent<int, int>(e.ActionSpace)).ToArray();
        var sink = new RecordingSink();

        var error = Assert.Throws<InvalidOperationException>(() =>
            EpisodeRunner.RunWorkers(environments, agents, new RunOptions { Episodes = 1_000_000, Seed = 10, Sinks = [sink] }));

        Assert.Equal(FailingEnvironment.Message, error.Message);
        Assert.True(sink.Episodes.Count < 1_000_000, "the other worker went on to the end");
        Assert.Empty(sink.Finished);
    }

    [Fact]
    public void Each_worker_needs_its_own_environment_and_agent()
    {
        var environment = new ScriptedEnvironment();
        var agent = new ScriptedAgent(1);
        var options = new RunOptions { Episodes = 2 };

        var sharedAgent = Assert.Throws<ArgumentException>(() => EpisodeRunner.RunWorkers([environment, new ScriptedEnvironment()], [agent, agent], options));
        var sharedEnvironment = Assert.Throws<ArgumentException>(() => EpisodeRunner.RunWorkers([environment, environment], [agent, new ScriptedAgent(1)], options));
        var uneven = Assert.Throws<ArgumentException>(() => EpisodeRunner.RunWorkers([environment], [agent, new ScriptedAgent(1)], options));
        var none = Assert.Throws<ArgumentException>(() => EpisodeRunner.RunWorkers(Array.Empty<IEnvironment<int, int>>(), Array.Empty<IAgent<int, int>>(), options));

        Assert.Contains("Agent 1", sharedAgent.Message, StringComparison.Ordinal);
        Assert.Contains("Environment 1", sharedEnvironment.Message, StringComparison.Ordinal);
        Assert.Contains("1 environments and 2 agents", uneven.Message, StringComparison.Ordinal);
        Assert.Contains("0 environments and 0 agents", none.Message, StringComparison.Ordinal);
        Assert.Empty(agent.Seeds);
    }

    [Fact]
    public void Frames_are_refused_with_more_than_one_worker()
    {
        var environments = new[] { new ScriptedEnvironment(RenderMode.Ansi), new ScriptedEnvironment(RenderMode.Ansi) };
        var agents = new[] { new ScriptedAgent(1), new ScriptedAgent(1) };

        var error = Assert.Throws<ArgumentException>(() =>
            EpisodeRunner.RunWorkers(environments, agents, new RunOptions { Episodes = 2, Frames = new RecordingSink() }));

        Assert.Contains("not 2", error.Message, StringComparison.Ordinal);
        Assert.All(environments, e => Assert.Equal(0, e.Renders));
    }

    // Plays as the inner agent; the episode begun with holdSeed waits (30 s at most) until an episode begun with
    // releaseSeed has ended.
    private sealed class HoldingAgent(IAgent<int, int> inner, ulong holdSeed, ulong releaseSeed, ManualResetEventSlim gate) : IAgent<int, int>
    {
        private ulong _seed;

        public string Name => inner.Name;

        public bool Held { get; private set; }

        public void BeginEpisode(ulong seed)
        {
            _seed = seed;
            inner.BeginEpisode(seed);
            if (seed == holdSeed)
            {
                Held = gate.Wait(TimeSpan.FromSeconds(30));
            }
        }

        public int Act(int observation) => inner.Act(observation);

        public void Observe(in Transition<int, int> transition) => inner.Observe(transition);

        public void EndEpisode(in EpisodeStats stats)
        {
            inner.EndEpisode(stats);
            if (_seed == releaseSeed)
            {
                gate.Set();
            }
        }
    }

    // Plays action 1; its first episode waits (30 s at most) until every agent sharing the countdown has begun one.
    private sealed class MeetingAgent(CountdownEvent together) : IAgent<int, int>
    {
        public string Name => "meeting";

        public bool Met { get; private set; }

        public List<ulong> Seeds { get; } = [];

        public HashSet<int> Threads { get; } = [];

        public void BeginEpisode(ulong seed)
        {
            Threads.Add(Environment.CurrentManagedThreadId);
            if (Seeds.Count == 0)
            {
                together.Signal();
                Met = together.Wait(TimeSpan.FromSeconds(30));
            }
            Seeds.Add(seed);
        }

        public int Act(int observation) => 1;

        public void Observe(in Transition<int, int> transition)
        {
        }

        public void EndEpisode(in EpisodeStats stats)
        {
        }
    }
}
