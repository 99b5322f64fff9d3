using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers;

public sealed class NormalizeRewardTests
{
    [Fact]
    public void Rewards_are_divided_by_the_running_deviation_of_the_discounted_return_which_a_termination_restarts()
    {
        double[] rewards = [1, 1, 1, 1];
        bool[] terminated = [false, true, false, false];
        using var env = new ScriptedRewardEnvironment(rewards, terminated).WithNormalizeReward(gamma: 1.0, epsilon: 1e-8);
        env.Reset();
        // Gamma 1: as in Gymnasium, the terminating step's own flag clears the return before its reward is added,
        // so the returns run 1, then 1 at the termination, then 2, 3.
        double[] returns = [1, 1, 2, 3];

        for (int t = 0; t < 4; t++)
        {
            var r = env.Step(0);
            Assert.Equal(1 / Math.Sqrt(RunningMeanStdTests.Pooled(returns[..(t + 1)]).Variance + 1e-8), r.Reward, 9);
            if (r.IsDone)
            {
                env.Reset();
            }
        }
    }

    [Fact]
    public void Frozen_statistics_do_not_move_and_restored_ones_scale_the_same()
    {
        double[] rewards = [2, -1, 3, 0.5, 4, 1];
        bool[] never = new bool[6];
        using var trained = new ScriptedRewardEnvironment(rewards, never).WithNormalizeReward();
        trained.Reset();
        trained.Step(0);
        trained.Step(0);
        Assert.True(trained.TryFind<IRewardNormalizer>(out var normalizer));
        normalizer.UpdateStatistics = false;
        var saved = normalizer.State;
        double frozen = trained.Step(0).Reward;
        Assert.Equal(saved.Variance, normalizer.State.Variance);
        Assert.Equal(saved.Count, normalizer.State.Count);

        using var evaluated = new ScriptedRewardEnvironment(rewards, never).WithNormalizeReward();
        Assert.True(evaluated.TryFind<IRewardNormalizer>(out var restored));
        restored.Restore(saved);
        restored.UpdateStatistics = false;
        evaluated.Reset();
        evaluated.Step(0);
        evaluated.Step(0);

        Assert.Equal(frozen, evaluated.Step(0).Reward, 12);
        Assert.Equal(3 / Math.Sqrt(saved.Variance[0] + 1e-8), frozen, 12);
    }

    [Fact]
    public void Bad_gamma_is_refused_naming_the_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CounterEnvironment().WithNormalizeReward(gamma: 1.5));
        Assert.Contains("1.5", error.Message, StringComparison.Ordinal);
    }
}
