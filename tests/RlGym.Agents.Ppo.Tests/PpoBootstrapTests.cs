using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Tests;

public sealed class PpoBootstrapTests
{
    [Fact]
    public void A_truncated_step_bootstraps_from_the_final_observations_value()
    {
        var rewards = Rollout(terminate: false, out var values);
        for (int k = 0; k < rewards.Length; k++)
        {
            // Steps 4, 8, ... of each env (rows 3, 7, ...) are cut off by the time limit.
            bool truncated = k / 2 % 4 == 3;
            float expected = truncated ? 1f + 0.99f * values[k] : 1f;
            Assert.Equal(expected, rewards[k], 4);
        }
        Assert.Contains(values, v => Math.Abs(v) > 1e-3);
    }

    [Fact]
    public void A_terminated_step_does_not_bootstrap()
    {
        var rewards = Rollout(terminate: true, out _);
        Assert.All(rewards, r => Assert.Equal(1f, r));
    }

    // Two envs, 16 steps of a world that pays 1 a step and ends after 4 steps (terminated, or truncated by a time limit).
    private static float[] Rollout(bool terminate, out float[] values)
    {
        var registry = new EnvRegistry();
        registry.Register<int, int>(new EnvSpec("Test/Constant-v0") { MaxEpisodeSteps = terminate ? null : 4 }, _ => new ConstantEnvironment(terminate));
        using var learner = PpoTrainer.Create(registry, "Test/Constant-v0", null, new PpoOptions { Envs = 2, RolloutLength = 16, Minibatches = 2, Seed = 5 });
        var ppo = (Ppo<int, int>)learner;
        ppo.Iterate();
        values = ppo.RolloutValues.ToArray();
        return ppo.RolloutRewards.ToArray();
    }

    private sealed class ConstantEnvironment(bool terminate) : IEnvironment<int, int>
    {
        private int _steps;

        public EnvSpec? Spec => null;

        public ISpace<int> ObservationSpace { get; } = new Discrete(1);

        public ISpace<int> ActionSpace { get; } = new Discrete(2);

        public RenderMode RenderMode => RenderMode.None;

        public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
        {
            _steps = 0;
            return new ResetResult<int>(0, Info.Empty);
        }

        public StepResult<int> Step(int action)
        {
            _steps++;
            return new StepResult<int>(0, 1.0, terminate && _steps == 4, false, Info.Empty);
        }

        public Frame? Render() => null;

        public void Dispose()
        {
        }
    }
}
