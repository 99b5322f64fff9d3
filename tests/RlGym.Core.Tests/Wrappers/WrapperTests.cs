using RlGym.Core.Spaces;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers;

public sealed class WrapperTests
{
    [Fact]
    public void TimeLimit_truncates_and_refuses_further_steps()
    {
        using var env = new CounterEnvironment().WithTimeLimit(3);
        env.Reset(seed: 0);
        Assert.False(env.Step(1).Truncated);
        Assert.False(env.Step(1).Truncated);
        var last = env.Step(1);
        Assert.True(last.Truncated);
        Assert.Throws<InvalidOperationException>(() => env.Step(1));
        env.Reset();
        Assert.False(env.Step(1).Truncated);
    }

    [Fact]
    public void TimeLimit_keeps_terminated_when_both_happen()
    {
        var inner = new CounterEnvironment();
        using var env = inner.WithTimeLimit(100);
        env.Reset(seed: 0, null);
        int start = (int)env.Reset(seed: 0).Observation[0];
        StepResult<float[]> r = default;
        for (int i = start; i < 20; i++)
        {
            r = env.Step(1);
        }
        Assert.True(r.Terminated);
        Assert.False(r.Truncated);
    }

    [Fact]
    public void OrderEnforcing_refuses_step_before_reset()
    {
        using var env = new CounterEnvironment().WithOrderEnforcing();
        var error = Assert.Throws<InvalidOperationException>(() => env.Step(0));
        Assert.Contains("call Reset()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvChecker_catches_an_observation_outside_the_space()
    {
        using var env = new BrokenObservationEnvironment().WithEnvChecker();
        var error = Assert.Throws<InvalidOperationException>(() => env.Reset());
        Assert.Contains("[5000, 0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("Box(-1000, 1000, (2,), float32)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpisodeStatistics_reports_return_length_and_keeps_recent_episodes()
    {
        using var env = new CounterEnvironment().WithTimeLimit(4).WithEpisodeStatistics(bufferLength: 2);
        for (int episode = 0; episode < 3; episode++)
        {
            env.Reset(seed: (ulong)episode);
            StepResult<float[]> r;
            do
            {
                r = env.Step(1);
            }
            while (!r.IsDone);
            Assert.True(r.Info.TryGet<EpisodeStats>("episode", out var stats));
            Assert.Equal(4, stats.Length);
            Assert.Equal(4.0, stats.Return);
            Assert.False(stats.Terminated);
        }
        Assert.True(env.TryFind<IEpisodeStatisticsSource>(out var source));
        Assert.Equal(3, source.EpisodeCount);
        Assert.Equal(2, source.RecentEpisodes.Count);
    }

    [Fact]
    public void TransformObservation_maps_into_the_new_space()
    {
        var space = new Box<float>(-2000f, 2000f, 1);
        using var env = new CounterEnvironment().WithObservationTransform(o => new[] { o[0] * 2 }, space);
        float start = env.Reset(seed: 3).Observation[0];
        Assert.Same(space, env.ObservationSpace);
        Assert.Equal(start + 2, env.Step(1).Observation[0]);
    }

    [Fact]
    public void FrameStack_keeps_the_last_k_observations_oldest_first()
    {
        using var env = new CounterEnvironment().WithFrameStack(3);
        Assert.Equal([3, 2], env.ObservationSpace.Shape);
        var first = env.Reset(seed: 1).Observation;
        float p = first[0];
        Assert.Equal(new[] { p, p, p, p, p, p }, first);
        var after = env.Step(1).Observation;
        Assert.Equal(new[] { p, p, p, p, p + 1, p }, after);
        var later = env.Step(1).Observation;
        Assert.Equal(new[] { p, p, p + 1, p, p + 2, p }, later);
        Assert.True(env.ObservationSpace.Contains(later));
        Assert.Equal(new[] { p, p, p, p, p + 1, p }, after);
    }

    [Fact]
    public void NormalizeObservation_converges_to_zero_mean()
    {
        using var env = new CounterEnvironment().WithTimeLimit(10).WithObservationNormalization();
        var sum = 0.0;
        int n = 0;
        for (int episode = 0; episode < 50; episode++)
        {
            env.Reset(seed: (ulong)episode);
            StepResult<float[]> r;
            do
            {
                r = env.Step(episode % 2);
                if (episode >= 25)
                {
                    sum += r.Observation[0];
                    n++;
                }
            }
            while (!r.IsDone);
        }
        Assert.InRange(sum / n, -0.5, 0.5);
        Assert.True(env.TryFind<IObservationNormalizer>(out var normalizer));
        normalizer.UpdateStatistics = false;
        double count = normalizer.Count;
        env.Reset(seed: 1);
        Assert.Equal(count, normalizer.Count);
    }

    [Fact]
    public void Disposing_a_wrapper_disposes_the_environment_once()
    {
        var inner = new CounterEnvironment();
        var env = inner.WithTimeLimit(5).WithOrderEnforcing();
        env.Dispose();
        env.Dispose();
        Assert.True(inner.Disposed);
    }

    private sealed class BrokenObservationEnvironment : IEnvironment<float[], int>
    {
        private readonly Box<float> _space = new(-1000f, 1000f, 2);
        private readonly Discrete _actions = new(2);

        public RlGym.Core.Registry.EnvSpec? Spec => null;

        public ISpace<float[]> ObservationSpace => _space;

        public ISpace<int> ActionSpace => _actions;

        public RenderMode RenderMode => RenderMode.None;

        public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null) => new([5000f, 0f], Info.Empty);

        public StepResult<float[]> Step(int action) => new([0f, 0f], 0, false, false, Info.Empty);

        public RlGym.Core.Rendering.Frame? Render() => null;

        public void Dispose()
        {
        }
    }
}
