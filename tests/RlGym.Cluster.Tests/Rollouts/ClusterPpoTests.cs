using RlGym.Agents.Ppo;
using RlGym.Cluster.Rollouts;
using RlGym.Cluster.Tests.Fixtures;
using RlGym.Envs.CatMouse;
using Xunit;

namespace RlGym.Cluster.Tests.Rollouts;

/// <summary>
/// PPO with its rollouts on the workers of two silos learns step for step as it does locally, and a learner whose
/// silo dies mid-training moves that silo's environments to the other one and finishes.
/// </summary>
public sealed class ClusterPpoTests(TwoSiloCluster fixture) : IClassFixture<TwoSiloCluster>
{
    private static readonly PpoOptions Small = new()
    {
        Envs = 6, RolloutLength = 16, Minibatches = 4, UpdateEpochs = 2, Hidden = 16, TotalSteps = 6 * 16 * 3, Seed = 5,
    };

    [Fact]
    public void Ppo_over_two_silos_gives_the_local_learning_curve_step_for_step()
    {
        var registry = CatMouseRegistries.Create().Environments;
        var local = Train(PpoTrainer.Create(registry, CatMouseEnvironments.CatMouseId, null, Small), 3);
        var clustered = Train(PpoTrainer.CreateWithRollouts(new ClusterRollouts(fixture.Client, 2, new RecordingLogger()), registry, CatMouseEnvironments.CatMouseId, null, Small), 3);

        Assert.Equal(local, clustered);
        Assert.All(local, r => Assert.True(double.IsFinite(r.PolicyLoss) && double.IsFinite(r.MeanReturn), "every iteration learned from finished episodes"));
    }

    [Fact]
    public async Task A_learner_that_loses_a_silo_mid_training_moves_its_environments_and_finishes()
    {
        var cluster = new TwoSiloCluster();
        await cluster.InitializeAsync();
        try
        {
            var registry = CatMouseRegistries.Create().Environments;
            var doomed = cluster.Cluster.SecondarySilos[0];
            // The doomed silo's workers hold their answer to a step of the second rollout until the silo is dead, so it dies with the learner waiting on it.
            var stepped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var dead = new ManualResetEventSlim();
            TwoSiloCluster.Counters(doomed).RolloutStepped += total =>
            {
                if (total > Small.RolloutLength * Small.Envs / 2)
                {
                    stepped.TrySetResult();
                    dead.Wait();
                }
            };
            var log = new RecordingLogger();
            var learner = PpoTrainer.CreateWithRollouts(new ClusterRollouts(cluster.Client, 1, log), registry, CatMouseEnvironments.CatMouseId, null, Small);
            var training = Task.Run(() => Train(learner, 3));

            await stepped.Task.WaitAsync(TimeSpan.FromSeconds(60));
            try
            {
                await cluster.Cluster.KillSiloAsync(doomed);
            }
            finally
            {
                dead.Set();
            }
            var reports = await training.WaitAsync(TimeSpan.FromSeconds(120));

            Assert.Equal(3, reports.Length);
            Assert.Equal(Small.TotalSteps, reports[^1].Steps);
            string silo = doomed.SiloAddress.ToParsableString();
            // Two workers of three copies each, one per silo: the doomed silo's three moved to the primary.
            Assert.Contains(log.Messages, m => m.StartsWith("Rollout worker of copies ", StringComparison.Ordinal)
                && m.Contains($"lost on silo {silo} ", StringComparison.Ordinal)
                && m.Contains("moved 3 environment(s) to silo " + cluster.Cluster.Primary!.SiloAddress.ToParsableString(), StringComparison.Ordinal));
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    // The figures of each iteration that depend on the seed alone (not on timing).
    private static (long Steps, double LearningRate, double MeanReturn, double MeanLength, double PolicyLoss, double ValueLoss, double Entropy, double ApproxKl, double ExplainedVariance)[] Train(IPpoLearner learner, int iterations)
    {
        using (learner)
        {
            var reports = new (long Steps, double LearningRate, double MeanReturn, double MeanLength, double PolicyLoss, double ValueLoss, double Entropy, double ApproxKl, double ExplainedVariance)[iterations];
            for (int i = 0; i < iterations; i++)
            {
                var r = learner.Iterate();
                reports[i] = (r.Steps, r.LearningRate, r.MeanReturn, r.MeanLength, r.PolicyLoss, r.ValueLoss, r.Entropy, r.ApproxKl, r.ExplainedVariance);
            }
            return reports;
        }
    }
}
