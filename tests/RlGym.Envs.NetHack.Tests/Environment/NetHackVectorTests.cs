using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Vector;

namespace RlGym.Envs.NetHack.Tests.Environment;

public sealed class NetHackVectorTests
{
    [Fact]
    public void EachCopyFollowsTheTrajectoryOfASingleEnvironment()
    {
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", 2);
        Assert.IsType<NetHackVectorEnvironment>(vector);
        using var first = TestKit.Make("NetHackScore-v0");
        using var second = TestKit.Make("NetHackScore-v0");
        var space = first.ObservationSpace;
        var start = vector.Reset(seed: 30);
        Assert.True(space.ValuesEqual(first.Reset(seed: 30).Observation, start.Observations[0]));
        Assert.True(space.ValuesEqual(second.Reset(seed: 31).Observation, start.Observations[1]));
        var rng = new Rng(30);
        for (int step = 0; step < 150; step++)
        {
            int[] actions = [rng.NextInt(NetHackActions.Task.Count), rng.NextInt(NetHackActions.Task.Count)];
            var result = vector.Step(actions);
            var a = first.Step(actions[0]);
            var b = second.Step(actions[1]);
            Assert.True(space.ValuesEqual(a.Observation, result.Observations[0]), $"copy 0 differs at step {step}");
            Assert.True(space.ValuesEqual(b.Observation, result.Observations[1]), $"copy 1 differs at step {step}");
            Assert.Equal((a.Reward, b.Reward), (result.Rewards[0], result.Rewards[1]));
            if (a.IsDone || b.IsDone)
            {
                return; // the copies now autoreset on the next step; single environments would need a reset
            }
        }
    }

    [Fact]
    public void TheTimeLimitTruncatesAndSameStepAutoresetReportsTheFinalObservation()
    {
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>(
            "NetHackScore-v0", 2, EnvOptions.Of(("max_episode_steps", 5)), autoreset: AutoresetMode.SameStep);
        vector.Reset(seed: 40);
        int search = TestKit.Action("Command.SEARCH");
        VectorStepResult<IReadOnlyDictionary<string, object>> result = default;
        for (int step = 0; step < 5; step++)
        {
            result = vector.Step([search, search]);
        }
        Assert.Equal([true, true], result.Truncated.ToArray());
        Assert.True(result.Infos[0].ContainsKey(VectorInfoKeys.FinalObservation));
        Assert.Equal(1, TestKit.Blstats(result.Observations[0])[Blstats.Time]);
    }

    [Fact]
    public void WithoutAutoresetAFinishedCopyRefusesToStep()
    {
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>(
            "NetHackScore-v0", 1, EnvOptions.Of(("max_episode_steps", 2)), autoreset: AutoresetMode.Disabled);
        vector.Reset(seed: 41);
        vector.Step([0]);
        Assert.True(vector.Step([0]).Truncated[0]);
        var error = Assert.Throws<InvalidOperationException>(() => vector.Step([0]));
        Assert.Contains("Reset", error.Message, StringComparison.Ordinal);
        vector.Reset(mask: [true]);
        Assert.False(vector.Step([0]).Truncated[0]);
    }
}
