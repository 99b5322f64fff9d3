using RlGym.Core.Vector;
using RlGym.Envs.NetHack.Tests.Game;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>
/// A short soak in CI (the 100,000-step one is <c>RlGym.Bench nethack-soak</c>): many episodes of random steps leave
/// no extra processes, descriptors, playgrounds or memory behind.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SoakTests
{
    [Fact]
    public void ManyRandomEpisodesLeaveNothingBehind()
    {
        int children = Sessions.Children();
        var descriptors = Sessions.OpenDescriptors();
        var playgrounds = Sessions.Playgrounds();
        int episodes = 0;
        long memoryAfterWarmUp = 0;
        using (var env = TestKit.MakeTerminal("NetHackScore-v0", RlGym.Core.EnvOptions.Of(("max_episode_steps", 300))))
        {
            var actions = new RlGym.Core.Random.Rng(11);
            env.Reset(seed: 11);
            for (int step = 0; step < 4000; step++)
            {
                if (env.Step(actions.NextInt(NetHackActions.Task.Count)).IsDone)
                {
                    episodes++;
                    env.Reset();
                    Assert.Equal(children + 1, Sessions.Children());
                }
                if (step == 1000)
                {
                    memoryAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
                }
            }
            long growth = GC.GetTotalMemory(forceFullCollection: true) - memoryAfterWarmUp;
            Assert.True(growth < 4 << 20, $"managed memory grew by {growth} bytes over 3000 steps");
        }
        Assert.True(episodes >= 10, $"only {episodes} episodes");
        Assert.Equal(children, Sessions.Children());
        Assert.Equal(descriptors, Sessions.OpenDescriptors());
        Assert.Equal(playgrounds, Sessions.Playgrounds());
    }

    [Fact]
    public void AThreadedVectorStepsSeveralGamesInParallel()
    {
        int children = Sessions.Children();
        using (var vector = TestKit.Environments().MakeVector<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", 3, RlGym.Core.EnvOptions.Of(("engine", "terminal")), mode: VectorMode.Threaded))
        {
            var first = vector.Reset(seed: 5);
            Assert.Equal(3, first.Observations.Length);
            Assert.Equal(children + 3, Sessions.Children());
            int[] actions = new int[3];
            var rng = new RlGym.Core.Random.Rng(5);
            for (int step = 0; step < 200; step++)
            {
                for (int i = 0; i < actions.Length; i++)
                {
                    actions[i] = rng.NextInt(NetHackActions.Task.Count);
                }
                var result = vector.Step(actions);
                Assert.Equal(3, result.Rewards.Length);
            }
        }
        Assert.Equal(children, Sessions.Children());
    }
}
