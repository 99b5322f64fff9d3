using RlGym.Cluster.Rollouts;
using RlGym.Cluster.Tests.Fixtures;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse;
using Xunit;

namespace RlGym.Cluster.Tests.Rollouts;

/// <summary>A vector whose copies live on rollout workers of two silos plays every copy exactly as the local vector does.</summary>
public sealed class ClusterVectorEnvironmentTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    [Fact]
    public void Every_copy_on_the_workers_plays_as_the_local_vector_plays_it_final_observations_included()
    {
        var registry = CatMouseRegistries.Create().Environments;
        var rollouts = new ClusterRollouts(fixture.Client, 2, new RecordingLogger());
        using var remote = rollouts.Make<CatMouseObservation, int>(registry, CatMouseEnvironments.CatMouseId, 5, EnvOptions.Empty, AutoresetMode.SameStep);
        using var local = registry.MakeVector<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId, 5, null, VectorMode.Auto, AutoresetMode.SameStep);
        var silos = ((ClusterVectorEnvironment<CatMouseObservation, int>)remote).CopiesPerSilo;
        Assert.Equal(2, silos.Count);
        Assert.Equal(5, silos.Values.Sum());

        Assert.Equal(local.Reset(7).Observations.ToArray(), remote.Reset(7).Observations.ToArray());
        var rng = new Rng(11);
        var actions = new int[5];
        int finals = 0;
        for (int step = 0; step < 40; step++)
        {
            for (int i = 0; i < actions.Length; i++)
            {
                actions[i] = rng.NextInt(4);
            }
            var expected = local.Step(actions);
            var actual = remote.Step(actions);
            Assert.Equal(expected.Observations.ToArray(), actual.Observations.ToArray());
            Assert.Equal(expected.Rewards.ToArray(), actual.Rewards.ToArray());
            Assert.Equal(expected.Terminated.ToArray(), actual.Terminated.ToArray());
            Assert.Equal(expected.Truncated.ToArray(), actual.Truncated.ToArray());
            for (int i = 0; i < actions.Length; i++)
            {
                bool hasFinal = expected.Infos[i].TryGetValue(VectorInfoKeys.FinalObservation, out var final);
                Assert.Equal(hasFinal, actual.Infos[i].TryGetValue(VectorInfoKeys.FinalObservation, out var shipped));
                if (hasFinal)
                {
                    Assert.Equal(final, shipped);
                    finals++;
                }
            }
        }
        Assert.True(finals > 0, "some episodes ended within 40 steps (CatMouse-v0 lasts at most 10)");
    }
}
