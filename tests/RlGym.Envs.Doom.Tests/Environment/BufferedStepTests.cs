using RlGym.Core;
using RlGym.Core.Wrappers;

namespace RlGym.Envs.Doom.Tests.Environment;

/// <summary>The allocation-free path of the Doom environments, through the wrappers <c>Make</c> adds.</summary>
public sealed class BufferedStepTests
{
    [Fact]
    public void StepIntoWritesTheSameFramesAsStep()
    {
        using var plain = TestKit.Make("Doom/DefendTheCenter-v0");
        using var buffered = TestKit.Make("Doom/DefendTheCenter-v0");
        Assert.True(buffered.TryGetBufferedStep<int>(out var path));
        var buffer = new byte[path.ObservationLength];
        var first = plain.Reset(5).Observation;
        path.ResetInto(buffer, 5);
        Assert.Equal(first.Flat(), buffer);
        for (int step = 0; step < 200; step++)
        {
            int action = step % 4;
            var expected = plain.Step(action);
            var outcome = path.StepInto(action, buffer);
            Assert.Equal(expected.Observation.Flat(), buffer);
            Assert.Equal(StepOutcome.Of(expected), outcome);
            if (outcome.IsDone)
            {
                break;
            }
        }
    }

    [Theory]
    [InlineData("Doom/DefendTheCenter-v0")]
    [InlineData("Doom/Basic-v0")]
    [InlineData("Doom/RocketBasic-v0")]
    [InlineData("Doom/TakeCover-v0")]
    public void StepIntoAllocatesNothing(string id)
    {
        using var env = TestKit.Make(id);
        Assert.True(env.TryGetBufferedStep<int>(out var path));
        var buffer = new byte[path.ObservationLength];
        int actions = ((RlGym.Core.Spaces.Discrete)env.ActionSpace).N;
        void Run(int steps)
        {
            for (int step = 0; step < steps; step++)
            {
                if (path.StepInto(step % actions, buffer).IsDone)
                {
                    path.ResetInto(buffer);
                }
            }
        }
        path.ResetInto(buffer, 1);
        Run(2000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Run(2000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EpisodeStatisticsKeepThePathAllocationFreeBetweenEpisodeEnds()
    {
        using var env = TestKit.Make("Doom/Basic-v0").WithEpisodeStatistics();
        Assert.True(env.TryGetBufferedStep<int>(out var path));
        var buffer = new byte[path.ObservationLength];
        path.ResetInto(buffer, 1);
        for (int warm = 0; warm < 10; warm++)
        {
            path.StepInto(0, buffer);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int step = 0; step < 100; step++)
        {
            Assert.False(path.StepInto(0, buffer).IsDone);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        StepOutcome last;
        do
        {
            last = path.StepInto(0, buffer);
        }
        while (!last.IsDone);
        Assert.True(last.Info.ContainsKey("episode"));
        Assert.True(env.TryFind<RlGym.Core.Wrappers.IEpisodeStatisticsSource>(out var source));
        Assert.Equal(1, source.EpisodeCount);
    }

    [Fact]
    public void ABufferOfTheWrongLengthIsRefusedByName()
    {
        using var env = TestKit.Make("Doom/Basic-v0");
        Assert.True(env.TryGetBufferedStep<int>(out var path));
        var error = Assert.Throws<ArgumentException>(() => path.ResetInto(new byte[10], 1));
        Assert.Contains("has 10 bytes; expected 57604", error.Message, StringComparison.Ordinal);
    }
}
