using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Vector;
using RlGym.Envs.Doom.Environment;

namespace RlGym.Envs.Doom.Tests.Vector;

public sealed class DoomVectorEnvironmentTests
{
    [Fact]
    public void PlaysExactlyAsSingleEnvironmentsMadeWithSeedPlusI()
    {
        const int count = 3;
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>("Doom/PredictPosition-v0", count);
        Assert.Equal("DoomVectorEnvironment", vector.GetType().Name);
        var singles = Enumerable.Range(0, count).Select(_ => registry.Make<IReadOnlyDictionary<string, object>, int>("Doom/PredictPosition-v0")).ToArray();
        var reset = vector.Reset(seed: 40);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(singles[i].Reset(seed: 40 + (ulong)i).Observation.Flat(), reset.Observations[i].Flat());
        }
        var actions = new int[count];
        var done = new bool[count];
        var rng = new Rng(5);
        int ended = 0;
        for (int t = 0; t < 120; t++)
        {
            for (int i = 0; i < count; i++)
            {
                actions[i] = rng.NextInt(4);
            }
            var step = vector.Step(actions);
            for (int i = 0; i < count; i++)
            {
                if (done[i])
                {
                    Assert.Equal(singles[i].Reset().Observation.Flat(), step.Observations[i].Flat());
                    Assert.Equal((0.0, false, false), (step.Rewards[i], step.Terminated[i], step.Truncated[i]));
                    done[i] = false;
                    continue;
                }
                var single = singles[i].Step(actions[i]);
                Assert.Equal(single.Observation.Flat(), step.Observations[i].Flat());
                Assert.Equal((single.Reward, single.Terminated, single.Truncated), (step.Rewards[i], step.Terminated[i], step.Truncated[i]));
                done[i] = single.IsDone;
                ended += single.IsDone ? 1 : 0;
            }
        }
        Assert.True(ended > 0, "no episode ended, so autoreset went untested");
        foreach (var env in singles)
        {
            env.Dispose();
        }
    }

    [Fact]
    public void TheSameSeedAndActionsGiveTheSameStepsWhateverTheNumberOfThreads()
    {
        const int count = 8;
        var registry = TestKit.Environments();
        var context = new VectorContext(registry.Spec("Doom/DefendTheCenter-v0"), EnvOptions.Empty, count, 25, AutoresetMode.NextStep);
        var vectors = new[] { 1, 2, 3, count }.Select(threads => new DoomVectorEnvironment(DoomScenarios.DefendTheCenter, context, threads)).ToArray();
        try
        {
            foreach (var vector in vectors)
            {
                vector.Reset(seed: 11);
            }
            var rng = new Rng(3);
            var actions = new int[count];
            int ended = 0;
            for (int t = 0; t < 60; t++)
            {
                for (int i = 0; i < count; i++)
                {
                    actions[i] = rng.NextInt(4);
                }
                var first = vectors[0].Step(actions);
                var screens = Enumerable.Range(0, count).Select(i => first.Observations[i].Flat()).ToArray();
                var expected = Enumerable.Range(0, count).Select(i => (first.Rewards[i], first.Terminated[i], first.Truncated[i])).ToArray();
                for (int i = 0; i < count; i++)
                {
                    ended += first.Truncated[i] ? 1 : 0;
                }
                foreach (var vector in vectors.Skip(1))
                {
                    var step = vector.Step(actions);
                    for (int i = 0; i < count; i++)
                    {
                        Assert.Equal(screens[i], step.Observations[i].Flat());
                        Assert.Equal(expected[i], (step.Rewards[i], step.Terminated[i], step.Truncated[i]));
                    }
                }
            }
            Assert.True(ended >= count, "no copy was truncated, so the autoreset went untested");
        }
        finally
        {
            foreach (var vector in vectors)
            {
                vector.Dispose();
            }
        }
    }

    [Fact]
    public void EachCopyFillsTheWholeDictIncludingTheGameVariables()
    {
        var registry = TestKit.Environments();
        var options = EnvOptions.Of(("depth", true));
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>("Doom/DefendTheCenter-v0", 2, options);
        using var single = registry.Make<IReadOnlyDictionary<string, object>, int>("Doom/DefendTheCenter-v0", options);
        var reset = vector.Reset(seed: 3);
        Assert.Equal(single.Reset(seed: 4).Observation.Flat(), reset.Observations[1].Flat());
        for (int t = 0; t < 30; t++)
        {
            int[] actions = [t % 4, (t + 1) % 4];
            var step = vector.Step(actions);
            Assert.True(vector.SingleObservationSpace.Contains(step.Observations[1]));
            Assert.Equal(single.Step(actions[1]).Observation.Flat(), step.Observations[1].Flat());
            if (t == 29)
            {
                Assert.True(((float[])step.Observations[0]["gamevariables"])[0] < 26, "copy 0 fired no shot, so the ammunition went untested");
            }
        }
    }

    [Fact]
    public void MaxEpisodeStepsTruncatesEachCopyAndBadInputIsRefused()
    {
        var registry = TestKit.Environments();
        using var vector = registry.MakeVector<IReadOnlyDictionary<string, object>, int>("Doom/HealthGathering-v0", 2, EnvOptions.Of(("max_episode_steps", 3)));
        vector.Reset(1);
        vector.Step([0, 0]);
        vector.Step([0, 0]);
        var last = vector.Step([0, 0]);
        Assert.True(last.Truncated[0] && last.Truncated[1]);
        Assert.Throws<ArgumentException>(() => vector.Step([0]));
        Assert.Throws<InvalidActionException>(() => vector.Step([0, 99]));
        Assert.Throws<UserInputException>(() => registry.MakeVector<IReadOnlyDictionary<string, object>, int>("Doom/Basic-v0", 2, EnvOptions.Of(("max_buttons_pressed", 0))));
    }
}
