using RlGym.Agents.Ppo.SelfPlay;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests.SelfPlay;

public sealed class PpoSelfPlayTests
{
    private static PpoOptions Tiny(ulong seed) => new() { Envs = 4, RolloutLength = 16, LearningRate = 2.5e-3, TotalSteps = 1_000, Seed = seed };

    [Fact]
    public void Both_roles_learn_against_snapshot_pools_and_the_same_seed_gives_the_same_curve_and_snapshots()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        string folder = CatMouseFixture.TempFolder();
        try
        {
            var first = Train(environments, Path.Combine(folder, "a"), seed: 3);
            var second = Train(environments, Path.Combine(folder, "b"), seed: 3);
            var other = Train(environments, Path.Combine(folder, "c"), seed: 4);

            Assert.Equal(first.Reports, second.Reports);
            Assert.NotEqual(first.Reports, other.Reports);
            // Snapshots before the first iteration and after every second one (pool of 2): 0, 2, 4 per role.
            string[] expected = ["cat-000000.ckpt", "cat-000002.ckpt", "cat-000004.ckpt", "mouse-000000.ckpt", "mouse-000002.ckpt", "mouse-000004.ckpt"];
            Assert.Equal(expected, first.Snapshots);
            foreach (string name in expected)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a", "snapshots", name)), File.ReadAllBytes(Path.Combine(folder, "b", "snapshots", name)));
            }
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(folder, "a", "snapshots", "cat-000000.ckpt")), File.ReadAllBytes(Path.Combine(folder, "a", "snapshots", "cat-000004.ckpt")));

            // A snapshot is a ppo:PATH agent for its own seat, refused in the other.
            string cat = Path.Combine(folder, "a", "snapshots", "cat-000004.ckpt");
            var run = PpoTrainer.ReadRunInfo(cat);
            Assert.Equal(("cat", "self-play", CatMouseEnvironments.ContestId), (run.Role, run.Opponent, run.EnvironmentId));
            using var duel = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.ContestId);
            var catSeat = new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("cat"), duel.ActionSpace("cat"), "cat", null);
            Assert.NotNull(agents.Create($"ppo:{cat}", catSeat));
            var mouseSeat = catSeat with { ObservationSpace = duel.ObservationSpace("mouse"), ActionSpace = duel.ActionSpace("mouse"), Role = "mouse" };
            Assert.Throws<UserInputException>(() => agents.Create($"ppo:{cat}", mouseSeat));

            // The run's checkpoint is the self-play manifest, with each role's resumable run beside it.
            Assert.Equal(SelfPlayLearner.Kind, RlGym.Core.Checkpoints.CheckpointFile.Kind(Path.Combine(folder, "a", "policy.ckpt")));
            Assert.Equal("mouse", PpoTrainer.ReadRunInfo(Path.Combine(folder, "a", "mouse.ckpt")).Role);
            Assert.Equal("self-play", PpoTrainer.ReadRunInfo(Path.Combine(folder, "a", "policy.ckpt")).Opponent);

            // --resume continues both roles (steps, iterations, weights) and the snapshot numbering from the manifest.
            using (var resumed = PpoTrainer.Resume(environments, Path.Combine(folder, "a", "policy.ckpt"), totalSteps: 2_000))
            {
                Assert.Equal((first.Reports[^1].Steps, 5), (resumed.Steps, resumed.Iterations));
                Assert.Equal(2_000, resumed.Options.TotalSteps);
                var next = resumed.Iterate();
                Assert.Equal(first.Reports[^1].Steps + 2 * 4 * 16, next.Steps);
            }
            Assert.True(File.Exists(Path.Combine(folder, "a", "snapshots", "cat-000006.ckpt")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Self_play_refuses_a_single_agent_environment_and_bad_pool_settings()
    {
        var (environments, _) = CatMouseFixture.Registries();
        var single = Assert.Throws<UserInputException>(() => PpoTrainer.CreateSelfPlay(environments, CatMouseEnvironments.CatMouseId, null, Tiny(0), new PpoSelfPlay("unused")));
        Assert.Contains("single-agent", single.Message, StringComparison.Ordinal);
        var pool = Assert.Throws<UserInputException>(() => PpoTrainer.CreateSelfPlay(environments, CatMouseEnvironments.ContestId, null, Tiny(0), new PpoSelfPlay("unused") { PoolSize = 0 }));
        Assert.Contains("--pool-size", pool.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists("unused"));
    }

    private static (List<(long Steps, double Loss, double Cat, double Mouse)> Reports, string[] Snapshots) Train(
        RlGym.Core.Registry.EnvRegistry environments, string folder, ulong seed)
    {
        Directory.CreateDirectory(folder);
        var reports = new List<(long, double, double, double)>();
        using (var learner = PpoTrainer.CreateSelfPlay(environments, CatMouseEnvironments.ContestId, null, Tiny(seed),
            new PpoSelfPlay(Path.Combine(folder, "snapshots")) { PoolSize = 2, SnapshotEvery = 2 }))
        {
            for (int i = 0; i < 5; i++)
            {
                var r = learner.Iterate();
                Assert.Equal((i + 1) * 2 * 4 * 16, r.Steps);
                Assert.Equal(["cat", "mouse"], r.RoleReturns!.Select(p => p.Key));
                reports.Add((r.Steps, r.PolicyLoss, r.RoleReturns![0].Value, r.RoleReturns[1].Value));
            }
            Assert.InRange(learner.Evaluate(8, 7).MeanReturn, -1, 1);
            learner.Save(Path.Combine(folder, "policy.ckpt"));
        }
        var snapshots = Directory.GetFiles(Path.Combine(folder, "snapshots")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        return (reports, snapshots);
    }
}
