using RlGym.Cluster.Arena;
using RlGym.Cluster.Tests.Fixtures;
using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Cluster.Tests.Arena;

/// <summary>An arena over an in-process two-silo cluster plays exactly the local league, even when a silo dies mid-run.</summary>
public sealed class ClusterArenaTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
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
}
