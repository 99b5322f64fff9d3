using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Envs.CatMouse;

namespace RlGym.Agents.Ppo.Tests.Checkpoints;

public sealed class PpoCheckpointTests : IDisposable
{
    private readonly string _folder = CatMouseFixture.TempFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resume_restores_steps_weights_statistics_and_generator(bool lstm)
    {
        var (environments, _) = CatMouseFixture.Registries();
        string path = Path.Combine(_folder, "policy.ckpt");
        var options = CatMouseFixture.Fast(11) with { NormalizeObservations = true, NormalizeRewards = true, Lstm = lstm };
        PpoEvaluation saved;
        using (var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, options))
        {
            learner.Iterate();
            learner.Iterate();
            learner.Save(path);
            saved = learner.Evaluate(50, 77);
        }
        var run = PpoTrainer.ReadRunInfo(path);
        Assert.Equal(CatMouseEnvironments.CatMouseId, run.EnvironmentId);
        Assert.Equal([PpoRunInfo.NormalizeObservation, PpoRunInfo.NormalizeReward], run.Wrappers);

        using var resumed = PpoTrainer.Resume(environments, path);
        Assert.Equal(1024, resumed.Steps);
        Assert.Equal(2, resumed.Iterations);
        Assert.Equal(options, resumed.Options);
        Assert.Equal(saved, resumed.Evaluate(50, 77));
        var report = resumed.Iterate();
        Assert.Equal(1536, report.Steps);
        Assert.Equal(lstm, resumed.PolicyDescription.Contains("LSTM", StringComparison.Ordinal));

        // Two resumes of one checkpoint continue exactly alike: the same update, to the last byte of weights and Adam.
        string continued = Path.Combine(_folder, "continued.ckpt");
        resumed.Save(continued);
        using (var other = PpoTrainer.Resume(environments, path))
        {
            var next = other.Iterate();
            Assert.Equal((report.PolicyLoss, report.ValueLoss, report.Entropy, report.ApproxKl), (next.PolicyLoss, next.ValueLoss, next.Entropy, next.ApproxKl));
            string twin = Path.Combine(_folder, "twin.ckpt");
            other.Save(twin);
            Assert.Equal(File.ReadAllBytes(continued), File.ReadAllBytes(twin));
        }

        // Saving again without training writes the same bytes: nothing is lost in the round trip. (Observation
        // statistics are left out here: a resumed run's first observations update them, as they should.)
        string plain = Path.Combine(_folder, "plain.ckpt");
        using (var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, options with { NormalizeObservations = false }))
        {
            learner.Iterate();
            learner.Save(plain);
        }
        string again = Path.Combine(_folder, "again.ckpt");
        string twice = Path.Combine(_folder, "twice.ckpt");
        using (var first = PpoTrainer.Resume(environments, plain))
        {
            first.Save(again);
        }
        using (var second = PpoTrainer.Resume(environments, again))
        {
            second.Save(twice);
        }
        Assert.Equal(File.ReadAllBytes(again), File.ReadAllBytes(twice));
    }

    [Fact]
    public void The_ppo_agent_plays_its_environment_and_refuses_another()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        string path = Path.Combine(_folder, "best.ckpt");
        using (var learner = PpoTrainer.Create(environments, CatMouseEnvironments.CatMouseId, null, CatMouseFixture.Fast(2)))
        {
            learner.Iterate();
            learner.SavePolicy(path);
            Assert.Throws<UserInputException>(() => PpoTrainer.Resume(environments, path));
        }
        using var env = environments.Make<CatMouseObservation, int>(CatMouseEnvironments.CatMouseId);
        var context = new AgentContext<CatMouseObservation, int>(env, env.ObservationSpace, env.ActionSpace, null, null);
        var agent = agents.Create($"ppo:{path}", context);
        var observation = env.Reset(0).Observation;
        agent.BeginEpisode(0);
        Assert.InRange(agent.Act(observation), 0, 3);
        using var batch = agents.CreateBatch($"ppo:{path},sample", [context, context, context]);
        var actions = new int[3];
        batch.BeginEpisodes([1, 2, 3]);
        batch.Act([observation, observation, observation], actions);
        Assert.All(actions, a => Assert.InRange(a, 0, 3));

        using var duel = environments.MakeParallel<CatMouseObservation, int>(CatMouseEnvironments.DuelId);
        var mouse = new AgentContext<CatMouseObservation, int>(duel, duel.ObservationSpace("mouse"), duel.ActionSpace("mouse"), "mouse", null);
        var refused = Assert.Throws<UserInputException>(() => agents.Create($"ppo:{path}", mouse));
        Assert.Contains("trained in CatMouse-v0", refused.Message, StringComparison.Ordinal);
    }
}
