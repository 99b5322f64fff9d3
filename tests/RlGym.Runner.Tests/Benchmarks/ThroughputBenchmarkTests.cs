using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Runner.Benchmarks;
using RlGym.Runner.Tests.Fixtures;
using Xunit;

namespace RlGym.Runner.Tests.Benchmarks;

public sealed class ThroughputBenchmarkTests
{
    private static EnvRegistry Registry(List<ScriptedEnvironment> made)
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Bench/Scripted-v0"), _ =>
        {
            var env = new ScriptedEnvironment(fixedLength: 5);
            made.Add(env);
            return env;
        });
        registry.RegisterParallel(new EnvSpec("Bench/Duel-v0"), _ => new DuelEnvironment());
        return registry;
    }

    [Fact]
    public void One_environment_is_stepped_with_actions_sampled_beforehand()
    {
        var made = new List<ScriptedEnvironment>();

        var result = ThroughputBenchmark.Run(Registry(made), new BenchOptions("Bench/Scripted-v0") { Seconds = 0.2 });

        var env = Assert.Single(made);
        Assert.True(env.Disposed);
        Assert.Equal(4096, env.Actions.Samples);
        Assert.True(result.Steps > 4096, $"only {result.Steps} steps");
        Assert.Equal(0, result.Steps % 256);
        Assert.InRange(result.Episodes, result.Steps / 5 - 1, result.Steps / 5 + 1);
        Assert.InRange(result.Seconds, 0.2, 5);
        Assert.Equal(result.Steps / result.Seconds, result.StepsPerSecond, 6);
        Assert.False(result.Cancelled);
    }

    [Fact]
    public void Several_copies_are_stepped_as_a_vector()
    {
        var made = new List<ScriptedEnvironment>();

        var result = ThroughputBenchmark.Run(Registry(made), new BenchOptions("Bench/Scripted-v0") { Envs = 3, Seconds = 0.2 });

        Assert.Equal(4, made.Count);
        Assert.All(made, e => Assert.True(e.Disposed));
        Assert.Equal(3, result.Envs);
        Assert.True(result.Steps > 0);
        Assert.Equal(0, result.Steps % 3);
        Assert.True(result.Episodes > 0);
    }

    [Fact]
    public void Workers_step_independent_copies_each_on_its_own_thread_with_its_own_seed()
    {
        var made = new List<ScriptedEnvironment>();

        var result = ThroughputBenchmark.Run(Registry(made), new BenchOptions("Bench/Scripted-v0") { Workers = 3, Seed = 7, Seconds = 0.2 });

        Assert.Equal(3, made.Count);
        Assert.All(made, e => Assert.True(e.Disposed));
        Assert.Equal([7UL, 8UL, 9UL], made.Select(e => e.ResetSeeds[0]));
        Assert.All(made, e => Assert.Equal(4096, e.Actions.Samples));
        var threads = made.Select(e => Assert.Single(e.SteppingThreads)).ToList();
        Assert.Equal(3, threads.Distinct().Count());
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
        Assert.Equal((3, 1), (result.Workers, result.Envs));
        Assert.Equal(0, result.Steps % 256);
        Assert.True(result.Steps > 3 * 256, $"only {result.Steps} steps");
        Assert.InRange(result.Episodes, result.Steps / 5 - 3, result.Steps / 5 + 3);
        Assert.InRange(result.Seconds, 0.2, 5);
        Assert.False(result.Cancelled);
    }

    [Fact]
    public void Workers_and_a_vector_at_once_are_refused_with_both_values()
    {
        var error = Assert.Throws<UserInputException>(() =>
            ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Scripted-v0") { Envs = 2, Workers = 3 }));

        Assert.Contains("--envs 2 and --workers 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_whose_environment_fails_stops_the_others_and_its_error_comes_out()
    {
        var registry = Registry([]);
        int made = 0;
        registry.Register(new EnvSpec("Bench/FailsSecond-v0"), _ => Interlocked.Increment(ref made) == 2 ? new FailingEnvironment() : (IEnvironment<int, int>)new ScriptedEnvironment(fixedLength: 5));

        var error = Assert.Throws<InvalidOperationException>(() =>
            ThroughputBenchmark.Run(registry, new BenchOptions("Bench/FailsSecond-v0") { Workers = 2, Seconds = 30 }));

        Assert.Equal(FailingEnvironment.Message, error.Message);
    }

    [Fact]
    public void A_cancelled_run_of_workers_stops_and_says_so()
    {
        var result = ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Scripted-v0") { Workers = 2, Seconds = 30 }, new CancellationToken(canceled: true));

        Assert.True(result.Cancelled);
        Assert.Equal(0, result.Steps);
    }

    [Fact]
    public void A_multi_agent_environment_is_measured_as_one_copy()
    {
        var result = ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Duel-v0") { Seconds = 0.1 });

        Assert.True(result.Steps > 0);
        Assert.InRange(result.Episodes, result.Steps / 3 - 1, result.Steps / 3 + 1);
    }

    [Fact]
    public void A_multi_agent_environment_with_the_allocation_free_path_is_stepped_on_it()
    {
        var registry = Registry([]);
        BufferedDuelEnvironment? made = null;
        registry.RegisterParallel(new EnvSpec("Bench/BufferedDuel-v0"), _ => made = new BufferedDuelEnvironment());

        var result = ThroughputBenchmark.Run(registry, new BenchOptions("Bench/BufferedDuel-v0") { Seconds = 0.1 });

        Assert.NotNull(made);
        Assert.Equal(0, made.PlainSteps);
        Assert.True(made.BufferedSteps >= result.Steps && result.Steps > 0, $"{made.BufferedSteps} buffered steps for {result.Steps} counted");
        Assert.InRange(result.Episodes, result.Steps / 3 - 1, result.Steps / 3 + 1);
    }

    [Fact]
    public void Several_copies_of_a_multi_agent_environment_are_refused()
    {
        var error = Assert.Throws<UserInputException>(() => ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Duel-v0") { Envs = 2 }));

        Assert.Contains("multi-agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_benchmark_stops_and_says_so()
    {
        var result = ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Scripted-v0") { Seconds = 30 }, new CancellationToken(canceled: true));

        Assert.True(result.Cancelled);
        Assert.Equal(0, result.Steps);
    }

    [Theory]
    [InlineData(0, 1.0, "number of environments is 0")]
    [InlineData(1, 0.0, "duration is 0 s")]
    [InlineData(1, double.NaN, "duration is NaN s")]
    public void Settings_out_of_range_are_refused_with_the_value(int envs, double seconds, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ThroughputBenchmark.Run(Registry([]), new BenchOptions("Bench/Scripted-v0") { Envs = envs, Seconds = seconds }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
