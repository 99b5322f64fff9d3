namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoSpacesTests
{
    private static IPpoLearner Learner(string id)
    {
        var (environments, _) = CatMouseFixture.Registries();
        SignalEnvironment<byte[]>.Register(environments);
        return PpoTrainer.Create(environments, id, null, CatMouseFixture.Fast(3) with { Envs = 8, RolloutLength = 32, TotalSteps = 6_000 });
    }

    [Fact]
    public void A_picture_observation_goes_through_a_CNN_and_is_learned()
    {
        using var learner = Learner(SignalEnvironment<byte[]>.ImageId);
        Assert.Contains("image 1x12x12", learner.PolicyDescription, StringComparison.Ordinal);
        double before = learner.Evaluate(50, 5_000).MeanReturn;
        while (learner.Steps < 6_000)
        {
            learner.Iterate();
        }
        double after = learner.Evaluate(50, 5_000).MeanReturn;
        // Random play earns 2 of 8; a policy that reads the picture earns up to 8.
        Assert.True(after >= 6, $"before {before}, after {after}");
    }

    [Fact]
    public void A_masked_action_is_never_taken_in_training_or_evaluation()
    {
        // The environment throws on the masked action, so any draw of it fails the test.
        using var learner = Learner(SignalEnvironment<byte[]>.MaskedId);
        Assert.Contains("side: flat 4", learner.PolicyDescription, StringComparison.Ordinal);
        Assert.DoesNotContain("action_mask", learner.PolicyDescription, StringComparison.Ordinal);
        for (int i = 0; i < 4; i++)
        {
            learner.Iterate();
        }
        Assert.Equal(8, learner.Evaluate(20, 5_000).MeanLength);
    }

    [Fact]
    public void Stacked_pictures_are_channels_and_the_stacked_policy_plays_from_its_checkpoint()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        SignalEnvironment<byte[]>.Register(environments);
        string folder = CatMouseFixture.TempFolder();
        try
        {
            string path = Path.Combine(folder, "policy.ckpt");
            using (var learner = PpoTrainer.Create(environments, SignalEnvironment<byte[]>.ImageId, null, CatMouseFixture.Fast(4) with { Envs = 4, RolloutLength = 16, FrameStack = 3 }))
            {
                Assert.Contains("image 3x12x12 (3 stacked)", learner.PolicyDescription, StringComparison.Ordinal);
                learner.Iterate();
                Assert.Equal(8, learner.Evaluate(4, 9).MeanLength);
                learner.Save(path);
            }
            using var env = environments.Make<byte[], int>(SignalEnvironment<byte[]>.ImageId);
            var context = new RlGym.Core.Agents.AgentContext<byte[], int>(env, env.ObservationSpace, env.ActionSpace, null, null);
            var agent = agents.Create($"ppo:{path}", context);
            agent.BeginEpisode(0);
            Assert.InRange(agent.Act(env.Reset(0).Observation), 0, 3);
            using var resumed = PpoTrainer.Resume(environments, path);
            Assert.Equal(3, resumed.Options.FrameStack);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_multi_agent_or_unreadable_environment_is_refused_naming_the_space()
    {
        var (environments, _) = CatMouseFixture.Registries();
        var compass = Assert.ThrowsAny<ArgumentException>(() => PpoTrainer.Create(environments, "CatMouse-v0", RlGym.Core.EnvOptions.Of(("actions", "compass")), new PpoOptions()));
        Assert.Contains("Box(0, 1, (1,), float32)", compass.Message, StringComparison.Ordinal);
        Assert.Contains("Discrete", compass.Message, StringComparison.Ordinal);
        var duel = Assert.ThrowsAny<ArgumentException>(() => PpoTrainer.Create(environments, "CatMouseDuel-v0", null, new PpoOptions()));
        Assert.Contains("multi-agent", duel.Message, StringComparison.Ordinal);
    }
}
