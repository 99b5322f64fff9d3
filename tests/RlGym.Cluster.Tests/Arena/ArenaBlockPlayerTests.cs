using RlGym.Cluster.Tests.Fixtures;
using RlGym.Runner.Arena;
using Xunit;

namespace RlGym.Cluster.Tests.Arena;

/// <summary>The block seam a worker plays through gives, block by block in any order, the league of a local run.</summary>
public sealed class ArenaBlockPlayerTests
{
    [Fact]
    public void Blocks_played_in_reverse_order_on_one_player_assemble_into_the_local_run()
    {
        var registries = CatMouseRegistries.Create();
        var request = Leagues.Request(episodes: 20);
        var local = ArenaRunner.Run(registries.Environments, registries.Agents, request);

        using var player = ArenaBlockPlayer.Open(registries.Environments, registries.Agents, request with { Threads = 1 });
        var played = new ArenaEpisode[request.Pairings * request.Episodes];
        long steps = 0;
        for (long block = ArenaBlocks.Count(request) - 1; block >= 0; block--)
        {
            var (episodes, agentSteps) = player.Play(block);
            var (_, _, count, offset) = ArenaBlocks.Locate(request, block);
            Assert.Equal(count, episodes.Length);
            episodes.CopyTo(played, offset);
            steps += agentSteps;
        }

        Leagues.AssertSame(local, ArenaRunner.Assemble(player.Request, played, steps, 1));
    }

    [Fact]
    public void Blocks_cover_every_episode_once_with_a_short_last_block()
    {
        var request = Leagues.Request(episodes: 20);
        Assert.Equal(3, ArenaBlocks.PerPairing(request));
        Assert.Equal(12, ArenaBlocks.Count(request));
        Assert.Equal((1, 16, 4, 36L), ArenaBlocks.Locate(request, 5));
        var offsets = Enumerable.Range(0, 12).SelectMany(b =>
        {
            var (_, _, count, offset) = ArenaBlocks.Locate(request, b);
            return Enumerable.Range((int)offset, count);
        });
        Assert.Equal(Enumerable.Range(0, 80), offsets.Order());
        Assert.Throws<ArgumentOutOfRangeException>(() => ArenaBlocks.Locate(request, 12));
    }
}
