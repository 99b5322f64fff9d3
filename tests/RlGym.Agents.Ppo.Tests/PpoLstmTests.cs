using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

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

    [Fact]
    public void Minibatches_must_hold_whole_sequences_and_init_does_not_go_with_an_lstm()
    {
        var (environments, agents) = Registries();
        var split = Assert.Throws<UserInputException>(() => PpoTrainer.Create(environments, MemoryEnvironment.Id, null, Options(0, true) with { Envs = 6 }));
        Assert.Contains("Envs", split.Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => PpoTrainer.Create(environments, "CatMouse-v0", null, Options(0, true), init: new PpoInit(agents, "teacher")));
    }
}
