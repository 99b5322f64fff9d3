using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Vector;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers.Vector;

public sealed class VectorWrapperTests
{
    private static IVectorEnvironment<float[], int> Vector(int count, AutoresetMode autoreset)
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Counter-v0") { MaxEpisodeSteps = 3 }, ctx => new CounterEnvironment(ctx));
        return registry.MakeVector<float[], int>("Counter-v0", count, mode: VectorMode.Sync, autoreset: autoreset);
    }

    [Theory]
    [InlineData(AutoresetMode.NextStep)]
    [InlineData(AutoresetMode.SameStep)]
    public void RecordEpisodeStatistics_reports_each_copys_episode_and_skips_the_reset_step(AutoresetMode autoreset)
    {
        using var vector = Vector(2, autoreset).WithRecordEpisodeStatistics();
        vector.Reset(seed: 0);
        int[] actions = [1, 0];
        var infos = new List<EpisodeStats>();
        for (int t = 0; t < 7; t++)
        {
            var result = vector.Step(actions);
            for (int i = 0; i < 2; i++)
            {
                if (result.Infos[i].TryGet<EpisodeStats>("episode", out var stats))
                {
                    infos.Add(stats);
                }
            }
        }
        // Time limit 3: copy 0 earns 1 a step, copy 1 nothing.
        // Seven steps hold two whole episodes either way (next-step: 3 + reset + 3; same-step: 3 + 3 + 1).
        const int episodesEach = 2;
        Assert.Equal(2 * episodesEach, infos.Count);
        Assert.All(infos, s => Assert.Equal(3, s.Length));
        Assert.Equal(episodesEach, infos.Count(s => s.Return == 3.0));
        Assert.True(vector.TryFind<RlGym.Core.Wrappers.IEpisodeStatisticsSource>(out var source));
        Assert.Equal(infos.Count, source.EpisodeCount);
    }

    [Fact]
    public void TransformObservation_and_TransformReward_apply_to_every_copy()
    {
        using var vector = Vector(2, AutoresetMode.NextStep)
            .WithTransformObservation(o => (int)o[0], new Discrete(2000, -1000))
            .WithTransformReward(r => r - 1);
        // The spans point into the wrapper's buffers, valid until the next call: copy them first.
        int[] start = vector.Reset(seed: 5).Observations.ToArray();
        var step = vector.Step([1, 0]);
        Assert.Equal(start[0] + 1, step.Observations[0]);
        Assert.Equal(start[1] - 1, step.Observations[1]);
        Assert.Equal([0.0, -1.0], step.Rewards.ToArray());
    }
}
