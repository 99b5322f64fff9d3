using RlGym.Cluster.Arena;
using RlGym.Cluster.Tests.Fixtures;
using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Cluster.Tests.Arena;

/// <summary>An arena over an in-process two-silo cluster plays exactly the local league, even when a silo dies mid-run.</summary>
public sealed class ClusterArenaTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    // Only turns a hang into a failure: on a quiet machine the run takes seconds, and at a load of 40 it took minutes
    // (a guard of 60 s failed there), so it is far above both.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task An_arena_over_two_silos_equals_the_local_run_and_uses_both()
    {
        var registries = CatMouseRegistries.Create();
        var request = Leagues.Request();
        var local = ArenaRunner.Run(registries.Environments, registries.Agents, request);
        var before = fixture.Cluster.GetActiveSilos().Select(s => TwoSiloCluster.Counters(s).Report("", 0).ArenaBlocks).ToArray();

        var clustered = await ClusterArena.RunAsync(fixture.Client, registries.Environments, registries.Agents, request, 2, new RecordingLogger());

        Leagues.AssertSame(local, clustered);
        var after = fixture.Cluster.GetActiveSilos().Select(s => TwoSiloCluster.Counters(s).Report("", 0).ArenaBlocks).ToArray();
        Assert.Equal(2, after.Length);
        Assert.All(after.Zip(before), p => Assert.True(p.First > p.Second, "every silo played blocks"));
        Assert.Equal(ArenaBlocks.Count(request), after.Sum() - before.Sum());
    }

    [Fact]
    public async Task A_silo_killed_mid_run_loses_nothing_and_the_league_still_equals_the_local_run()
    {
        var cluster = new TwoSiloCluster();
        await cluster.InitializeAsync();
        try
        {
            var registries = CatMouseRegistries.Create();
            var request = Leagues.Request(episodes: 160);
            var local = ArenaRunner.Run(registries.Environments, registries.Agents, request);
            var doomed = cluster.Cluster.SecondarySilos[0];
            // The doomed silo's workers hold every block they finish until the silo is dead, so it dies with work in hand.
            var firstBlock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var dead = new ManualResetEventSlim();
            TwoSiloCluster.Counters(doomed).BlockPlayed += (_, _, _) =>
            {
                firstBlock.TrySetResult();
                dead.Wait();
            };
            var log = new RecordingLogger();

            var run = ClusterArena.RunAsync(cluster.Client, registries.Environments, registries.Agents, request, 2, log);
            await firstBlock.Task.WaitAsync(Guard);
            try
            {
                await cluster.Cluster.KillSiloAsync(doomed);
            }
            finally
            {
                dead.Set();
            }
            var clustered = await run.WaitAsync(Guard);

            Leagues.AssertSame(local, clustered);
            Assert.Contains(log.Messages, m => m.StartsWith("Re-submitting arena block", StringComparison.Ordinal));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
