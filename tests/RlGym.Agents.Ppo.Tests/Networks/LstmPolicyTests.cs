using RlGym.Agents.Ppo.Encoding;
using RlGym.Agents.Ppo.Networks;
using RlGym.Core.Registry;

namespace RlGym.Agents.Ppo.Tests.Networks;

public sealed class LstmPolicyTests
{
    private const string ImageId = RecallEnvironment<byte[]>.ImageId;
    private const string NetHackId = RecallEnvironment<byte[]>.NetHackId;
    private const string MixedId = RecallEnvironment<byte[]>.MixedId;

    private static EnvRegistry Environments()
    {
        var (environments, _) = CatMouseFixture.Registries();
        RecallEnvironment<byte[]>.Register(environments);
        return environments;
    }

    /// <summary>4 envs x 8 steps, 2 minibatches of 2 whole sequences, 2 epochs.</summary>
    internal static PpoOptions Tiny(ulong seed) => new()
    {
        Envs = 4, RolloutLength = 8, Minibatches = 2, UpdateEpochs = 2, LearningRate = 3e-3, TotalSteps = 10_000, Seed = seed, Lstm = true,
    };

    /// <summary>The rollout-versus-replay difference of a learner of either observation type.</summary>
    internal static (double LogProbability, double Value) ReplayError(IPpoLearner learner) => learner switch
    {
        Ppo<byte[], int> picture => picture.ReplayError(),
        Ppo<IReadOnlyDictionary<string, object>, int> dict => dict.ReplayError(),
        _ => throw new ArgumentException($"Unexpected learner {learner.GetType()}."),
    };

    [Theory]
    [InlineData(ImageId, 1, "observation: image 1x12x12 -> LSTM")]
    [InlineData(ImageId, 3, "observation: image 3x12x12 (3 stacked) -> LSTM")]
    [InlineData(NetHackId, 1, "chars_crop: 81 tokens of 256")]
    [InlineData(MixedId, 1, "image 1x12x12")]
    public void An_lstm_core_follows_any_encoder_and_the_update_replays_the_rollout_exactly(string id, int stack, string described)
    {
        using var learner = PpoTrainer.Create(Environments(), id, null, Tiny(1) with { FrameStack = stack });
        Assert.Contains(described, learner.PolicyDescription, StringComparison.Ordinal);
        Assert.Contains("-> LSTM -> heads [4], hidden 64", learner.PolicyDescription, StringComparison.Ordinal);
        var report = learner.Iterate();
        Assert.Equal(32, report.Steps);
        Assert.True(double.IsFinite(report.PolicyLoss) && double.IsFinite(report.ValueLoss), $"{report}");
        // Episodes of 3 and 4 steps in rollouts of 8: states zeroed mid-rollout and carried across rollouts.
        var (logProbability, value) = ReplayError(learner);
        Assert.InRange(logProbability, 0, 1e-4);
        Assert.InRange(value, 0, 1e-4);
    }

    [Fact]
    public void Pictures_and_tokens_feed_the_core_through_the_feed_forward_encoders_and_flat_ones_keep_their_names()
    {
        static string[] Names(PolicyShape shape)
        {
            using var network = PolicyNetwork.Create(shape);
            Assert.IsType<LstmPolicy>(network);
            return [.. network.state_dict().Keys.Order(StringComparer.Ordinal)];
        }

        // A flat observation: the tanh layer named as before, so checkpoints of earlier --lstm runs still load.
        Assert.Equal(
            ["actor.bias", "actor.weight", "core.bias_hh", "core.bias_ih", "core.weight_hh", "core.weight_ih", "critic.bias", "critic.weight", "encoder.bias", "encoder.weight"],
            Names(new PolicyShape([new ObservationSegment("observation", 0, 5)], [4], 64, Lstm: true)));

        // A picture and tokens: EncoderPolicy's encoders and shared layer (256 units below 36 x 36), then an LSTM of Hidden units.
        ObservationSegment[] segments = [new("chars_crop", 0, 81, Vocabulary: 256), new("screen", 81, 144, 1, 12, 12)];
        var names = Names(new PolicyShape(segments, [4], 32, Lstm: true));
        Assert.Contains("encoders.0.embedding.weight", names);
        Assert.Contains("encoders.1.0.weight", names);
        Assert.Contains("shared.weight", names);
        Assert.DoesNotContain("encoder.weight", names);
        using var network = PolicyNetwork.Create(new PolicyShape(segments, [4], 32, Lstm: true));
        var state = network.state_dict();
        Assert.Equal([4 * 32, 256], state["core.weight_ih"].shape);
        Assert.Equal(32, network.StateSize);
    }
}
