using RlGym.Core;
using RlGym.Envs.NetHack.Tests.Game;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>NetHack built from source leaves nothing behind: no loaded copy, descriptor or playground.</summary>
[Collection(ProcessCollection.Name)]
public sealed class SourceSoakTests
{
    [Fact]
    public void ManyEpisodesLeaveNoCopyDescriptorOrDirectoryBehind()
    {
        var descriptors = Sessions.OpenDescriptors();
        var playgrounds = Sessions.Playgrounds();
        int episodes = 0;
        using (var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("max_episode_steps", 200))))
        {
            var actions = new RlGym.Core.Random.Rng(11);
            env.Reset(seed: 11);
            for (int step = 0; step < 3000; step++)
            {
                if (env.Step(actions.NextInt(NetHackActions.Task.Count)).IsDone)
                {
                    episodes++;
                    env.Reset();
                    Assert.Equal(1, LoadedCopies());
                }
            }
        }
        Assert.True(episodes >= 10, $"only {episodes} episodes");
        Assert.Equal(0, LoadedCopies());
        Assert.Equal(descriptors, Sessions.OpenDescriptors());
        Assert.Equal(playgrounds, Sessions.Playgrounds());
    }

    /// <summary>Private copies of the game library mapped in this process now (memory files named rlgym-nethack).</summary>
    private static int LoadedCopies() =>
        File.ReadLines("/proc/self/maps").Where(l => l.Contains("memfd:rlgym-nethack", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[4]).Distinct().Count(); // by inode
}
