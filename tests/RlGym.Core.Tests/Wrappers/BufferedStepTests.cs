using RlGym.Core.Spaces;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Wrappers;

namespace RlGym.Core.Tests.Wrappers;

public sealed class BufferedStepTests
{
    [Fact]
    public void TheCheckerOrderEnforcingAndTimeLimitForwardTheAllocationFreePath()
    {
        using var env = new PixelCounterEnvironment().WithEnvChecker().WithOrderEnforcing().WithTimeLimit(3);
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var observation = new byte[buffered.ObservationLength];
        buffered.ResetInto(observation, seed: 1);
        Assert.False(buffered.StepInto(1, observation).IsDone);
        Assert.Equal([1, 1, 1, 1], observation);
        Assert.Equal(1, buffered.StepInto(1, observation).Reward);
        var last = buffered.StepInto(0, observation);
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        Assert.Equal([3, 3, 3, 3], observation);
        Assert.Throws<InvalidOperationException>(() => buffered.StepInto(0, observation));
    }

    [Fact]
    public void OrderEnforcingRefusesStepIntoBeforeReset()
    {
        using var env = new PixelCounterEnvironment().WithOrderEnforcing();
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var error = Assert.Throws<InvalidOperationException>(() => buffered.StepInto(0, new byte[4]));
        Assert.Contains("Reset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrapperThatChangesObservationsHidesThePath()
    {
        using var env = new PixelCounterEnvironment().WithObservationTransform(o => o, new Box<byte>(0, 255, 2, 2)).WithOrderEnforcing();
        Assert.False(env.TryGetBufferedStep<int>(out _));
        Assert.False(new MemoryStream().TryGetBufferedStep<int>(out _));
    }

    [Fact]
    public void PlainStepsAndBufferedStepsShareTheEpisode()
    {
        using var env = new PixelCounterEnvironment().WithEnvChecker();
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        env.Reset(1);
        var kept = env.Step(1).Observation;
        var buffer = new byte[4];
        buffered.StepInto(1, buffer);
        Assert.Equal([1, 1, 1, 1], kept);
        Assert.Equal([2, 2, 2, 2], buffer);
    }

    [Fact]
    public void EpisodeStatisticsForwardTheAllocationFreePathAndCountItsEpisodes()
    {
        using var env = new PixelCounterEnvironment().WithEnvChecker().WithOrderEnforcing().WithEpisodeStatistics();
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var observation = new byte[buffered.ObservationLength];
        buffered.ResetInto(observation, seed: 1);
        StepOutcome outcome = default;
        for (int step = 0; step < 10; step++)
        {
            outcome = buffered.StepInto(step % 2, observation);
            Assert.Equal(step == 9, outcome.IsDone);
            Assert.Equal(step == 9, outcome.Info.ContainsKey(IEpisodeStatisticsSource.InfoKey));
        }
        Assert.Equal([10, 10, 10, 10], observation);
        var stats = Assert.IsType<EpisodeStats>(outcome.Info[IEpisodeStatisticsSource.InfoKey]);
        Assert.Equal(5, stats.Return);
        Assert.Equal(10, stats.Length);
        Assert.True(env.TryFind<IEpisodeStatisticsSource>(out var source));
        Assert.Equal(1, source.EpisodeCount);
    }
}
