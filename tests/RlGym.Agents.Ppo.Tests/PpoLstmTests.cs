using System.Collections.Concurrent;
using RlGym.Agents.Ppo.Tests.Networks;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Torch;
using static TorchSharp.torch;

namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoLstmTests
{
    private static (EnvRegistry Environments, AgentRegistry Agents) Registries()
    {
        var (environments, agents) = CatMouseFixture.Registries();
        MemoryEnvironment.Register(environments);
        return (environments, agents);
    }

    private static PpoOptions Options(ulong seed, bool lstm) => new()
    {
        Envs = 16, RolloutLength = 16, Minibatches = 4, LearningRate = 3e-3, TotalSteps = 20_000, Seed = seed, Lstm = lstm,
    };

    [Fact]
    public void The_update_replays_each_sequence_with_the_state_the_rollout_had()
    {
        var (environments, _) = Registries();
        // Rollouts of 16 steps over episodes of 3: episodes start mid-rollout and run across rollouts.
        using var learner = (Ppo<float[], int>)PpoTrainer.Create(environments, MemoryEnvironment.Id, null, Options(1, lstm: true));
        learner.Iterate();
        var (logProbability, value) = learner.ReplayError();
        Assert.InRange(logProbability, 0, 1e-4);
        Assert.InRange(value, 0, 1e-4);
        Assert.Contains("LSTM", learner.PolicyDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void An_lstm_remembers_what_a_feed_forward_policy_cannot_and_plays_as_ppo_path_with_its_state()
    {
        var (environments, agents) = Registries();
        string folder = CatMouseFixture.TempFolder();
        try
        {
            double Train(bool lstm, string path)
            {
                using var learner = PpoTrainer.Create(environments, MemoryEnvironment.Id, null, Options(2, lstm) with { TotalSteps = 4_096 });
                while (learner.Steps < learner.Options.TotalSteps)
                {
                    learner.Iterate();
                }
                learner.Save(path);
                return learner.Evaluate(100, 500).MeanReturn;
            }
            string lstmPath = Path.Combine(folder, "lstm.ckpt");
            double withMemory = Train(lstm: true, lstmPath);
            double without = Train(lstm: false, Path.Combine(folder, "mlp.ckpt"));
            Assert.True(without <= 1.8, $"feed-forward {without}");
            Assert.True(withMemory >= 2.5, $"lstm {withMemory}, feed-forward {without}");

            // The checkpoint records the core; ppo:PATH carries its state through an episode and resets it at the next.
            using var env = environments.Make<float[], int>(MemoryEnvironment.Id);
            var agent = agents.Create($"ppo:{lstmPath}", new AgentContext<float[], int>(env, env.ObservationSpace, env.ActionSpace, null, null));
            double total = 0;
            for (ulong seed = 0; seed < 20; seed++)
            {
                agent.BeginEpisode(seed);
                var observation = env.Reset(seed).Observation;
                for (int step = 0; step < 3; step++)
                {
                    var result = env.Step(agent.Act(observation));
                    total += result.Reward;
                    observation = result.Observation;
                }
            }
            Assert.True(total / 20 >= 2.5, $"ppo:PATH played {total / 20}");
            (agent as IDisposable)?.Dispose();

            using var resumed = PpoTrainer.Resume(environments, lstmPath);
            Assert.True(resumed.Options.Lstm);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(RecallEnvironment<byte[]>.ImageId)]
    [InlineData(RecallEnvironment<byte[]>.NetHackId)]
    public void The_rollout_zeroes_the_state_where_an_episode_starts_terminated_or_truncated(string id)
    {
        var (environments, _) = Registries();
        RecallEnvironment<byte[]>.Register(environments);
        // Episodes of 3 (terminated) and 4 (truncated) steps in rollouts of 16.
        using var learner = PpoTrainer.Create(environments, id, null, LstmPolicyTests.Tiny(3) with { RolloutLength = 16 });
        learner.Iterate();
        LstmPolicyTests.ReplayError(learner); // a rollout without an update: its values are the network's as it is now
        var ppo = (IRolloutProbe)(learner switch
        {
            Ppo<byte[], int> picture => new RolloutProbe<byte[]>(picture),
            Ppo<IReadOnlyDictionary<string, object>, int> dict => new RolloutProbe<IReadOnlyDictionary<string, object>>(dict),
            _ => throw new InvalidOperationException(),
        });
        var (observations, starts, values) = ppo.Rollout();
        int rows = starts.Length, size = observations.Length / rows;
        var fromZero = new float[rows];
        using (no_grad())
        using (NewDisposeScope())
        {
            // forward() is a step from a zero state.
            TensorData.CopyTo(ppo.Network.forward(TensorData.FromFloats(observations, rows, size)).Value, fromZero);
        }
        int midRolloutStarts = 0;
        double carried = 0;
        for (int k = 0; k < rows; k++)
        {
            if (starts[k] != 0f)
            {
                Assert.True(Math.Abs(fromZero[k] - values[k]) < 1e-5, $"row {k}: an episode's first step saw a state (value {values[k]}, from zero {fromZero[k]})");
                midRolloutStarts += k >= 4 ? 1 : 0;
            }
            else
            {
                carried = Math.Max(carried, Math.Abs(fromZero[k] - values[k]));
            }
        }
        Assert.True(midRolloutStarts >= 8, $"{midRolloutStarts} episode starts after the first step");
        // Elsewhere the state matters, so the equality above is not one that holds whatever the state.
        Assert.True(carried > 1e-4, $"carried state changed values by {carried} at most");
    }

    [Fact]
    public void A_saved_lstm_over_pictures_plays_through_ppo_path_as_in_training_evaluation_and_resumes()
    {
        var (environments, agents) = Registries();
        var log = new ConcurrentDictionary<(ulong, int), int>();
        RecallEnvironment<byte[]>.Register(environments, log);
        string folder = CatMouseFixture.TempFolder();
        try
        {
            string path = Path.Combine(folder, "policy.ckpt");
            const int episodes = 8;
            const ulong seed = 300;
            PpoEvaluation evaluation;
            using (var learner = PpoTrainer.Create(environments, RecallEnvironment<byte[]>.ImageId, null, LstmPolicyTests.Tiny(4) with { FrameStack = 2 }))
            {
                learner.Iterate();
                learner.Iterate();
                learner.Save(path);
                log.Clear();
                evaluation = learner.Evaluate(episodes, seed);
            }
            var evaluated = log.OrderBy(e => e.Key).ToArray();
            Assert.Equal(evaluation.MeanLength * episodes, evaluated.Length);
            log.Clear();

            // ppo:PATH plays the same episodes one after another with one agent: its state must be carried from step to
            // step and zeroed at each episode, as the evaluation's fresh lanes had it, for every action to match.
            using var env = environments.Make<byte[], int>(RecallEnvironment<byte[]>.ImageId);
            var agent = agents.Create($"ppo:{path}", new AgentContext<byte[], int>(env, env.ObservationSpace, env.ActionSpace, null, null));
            double total = 0;
            for (ulong episode = seed; episode < seed + episodes; episode++)
            {
                agent.BeginEpisode(episode);
                var observation = env.Reset(episode).Observation;
                while (true)
                {
                    var result = env.Step(agent.Act(observation));
                    total += result.Reward;
                    observation = result.Observation;
                    if (result.Terminated || result.Truncated)
                    {
                        break;
                    }
                }
            }
            (agent as IDisposable)?.Dispose();
            Assert.Equal(evaluated, log.OrderBy(e => e.Key).ToArray());
            Assert.Equal(evaluation.MeanReturn, total / episodes, 9);

            using var resumed = PpoTrainer.Resume(environments, path);
            Assert.True(resumed.Options.Lstm);
            Assert.Equal(2, resumed.Options.FrameStack);
            Assert.Equal(evaluation, resumed.Evaluate(episodes, seed));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private interface IRolloutProbe
    {
        RlGym.Agents.Ppo.Networks.PolicyNetwork Network { get; }

        (float[] Observations, float[] Starts, float[] Values) Rollout();
    }

    private sealed class RolloutProbe<TObs>(Ppo<TObs, int> learner) : IRolloutProbe
    {
        public RlGym.Agents.Ppo.Networks.PolicyNetwork Network => learner.Network;

        public (float[] Observations, float[] Starts, float[] Values) Rollout() =>
            (learner.RolloutInputs.Observations, learner.RolloutInputs.Starts, learner.RolloutValues.ToArray());
    }

    [Fact]
    public void Minibatches_must_hold_whole_sequences()
    {
        var (environments, _) = Registries();
        var split = Assert.Throws<UserInputException>(() => PpoTrainer.Create(environments, MemoryEnvironment.Id, null, Options(0, true) with { Envs = 6 }));
        Assert.Contains("Envs", split.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', split.Message);
    }
}
