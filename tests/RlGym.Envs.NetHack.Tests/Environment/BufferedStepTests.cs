using System.Runtime.InteropServices;
using RlGym.Core;
using RlGym.Core.Spaces;

namespace RlGym.Envs.NetHack.Tests.Environment;

/// <summary>
/// The allocation-free path (<see cref="IBufferedStep{TAction}"/>): the same seed and actions give, step for step,
/// the plain path's observation as the keys' bytes one after another, and the same rewards, ends and infos.
/// </summary>
public sealed class BufferedStepTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("glyphs+blstats+screen_descriptions+tty_cursor")]
    public void TheBufferedPathEqualsThePlainPathStepForStep(string? keys)
    {
        var options = keys is null ? EnvOptions.Empty : EnvOptions.Of(("observation_keys", keys));
        using var plain = TestKit.Make("NetHackScore-v0", options.With(EnvOptions.Of(("max_episode_steps", "60"))));
        using var env = TestKit.Make("NetHackScore-v0", options.With(EnvOptions.Of(("max_episode_steps", "60"))));
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var space = Assert.IsType<DictSpace>(plain.ObservationSpace);
        Assert.Equal(space.Spaces.Sum(s => ElementBytes(s.Value) * s.Value.Shape.Aggregate(1, (a, b) => a * b)), buffered.ObservationLength);
        var buffer = new byte[buffered.ObservationLength];
        var rng = new System.Random(11);
        int episodes = 0, steps = 0;
        var reset = plain.Reset(seed: 7);
        Assert.Equal(reset.Info.ToString(), buffered.ResetInto(buffer, seed: 7).ToString());
        Assert.Equal(Concatenate(space, reset.Observation), buffer);
        while (episodes < 3)
        {
            int action = rng.Next(NetHackActions.Task.Count);
            var step = plain.Step(action);
            var outcome = buffered.StepInto(action, buffer);
            steps++;
            Assert.Equal(Concatenate(space, step.Observation), buffer);
            Assert.Equal((step.Reward, step.Terminated, step.Truncated), (outcome.Reward, outcome.Terminated, outcome.Truncated));
            Assert.Equal(step.Info.ToString(), outcome.Info.ToString());
            if (step.IsDone)
            {
                episodes++;
                reset = plain.Reset();
                buffered.ResetInto(buffer);
                Assert.Equal(Concatenate(space, reset.Observation), buffer);
            }
        }
        Assert.InRange(steps, 3, 180);
    }

    [Fact]
    public void ABufferedStepAllocatesNothing()
    {
        using var env = TestKit.Make("NetHackScore-v0", EnvOptions.Of(("max_episode_steps", "100000")));
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var buffer = new byte[buffered.ObservationLength];
        var rng = new System.Random(5);
        var actions = Enumerable.Range(0, 4096).Select(_ => rng.Next(NetHackActions.Task.Count)).ToArray();
        buffered.ResetInto(buffer, seed: 3);
        int measured = 0, allocating = 0;
        for (int i = 0; i < 3_000; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool done = buffered.StepInto(actions[i % actions.Length], buffer).IsDone;
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (done)
            {
                buffered.ResetInto(buffer);
            }
            else if (i >= 1_000)
            {
                measured++; // after a warm-up, the steps that did not end an episode
                allocating += bytes > 0 ? 1 : 0;
            }
        }
        // A path taken for the first time may still set something up once (a regular expression's first use makes
        // its instance); a step that allocated its observation, or anything else, every time would count them all.
        Assert.InRange(measured, 1_000, 2_000);
        Assert.InRange(allocating, 0, 5);
    }

    [Fact]
    public void ABufferOfTheWrongSizeIsRefused()
    {
        using var env = TestKit.Make("NetHackScore-v0");
        Assert.True(env.TryGetBufferedStep<int>(out var buffered));
        var error = Assert.Throws<ArgumentException>(() => buffered.ResetInto(new byte[buffered.ObservationLength - 1], seed: 1));
        Assert.Contains("one after another", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheVectorRefillsOneObservationPerGameWithThePlainPathsValues()
    {
        using var vector = TestKit.Environments().MakeVector<IReadOnlyDictionary<string, object>, int>("NetHackScore-v0", 1);
        using var plain = TestKit.Make("NetHackScore-v0");
        var space = Assert.IsType<DictSpace>(plain.ObservationSpace);
        var first = vector.Reset(seed: 3).Observations[0];
        Assert.Equal(Concatenate(space, plain.Reset(seed: 3).Observation), Concatenate(space, first));
        for (int i = 0; i < 40; i++)
        {
            int action = i % NetHackActions.Task.Count;
            var result = vector.Step([action]);
            var step = plain.Step(action);
            Assert.Same(first, result.Observations[0]);
            Assert.Equal(Concatenate(space, step.Observation), Concatenate(space, result.Observations[0]));
            if (step.IsDone)
            {
                break;
            }
        }
    }

    private static int ElementBytes(ISpace space) => space.ElementType == typeof(short[]) ? 2
        : space.ElementType == typeof(int[]) ? 4
        : space.ElementType == typeof(long[]) ? 8
        : 1;

    private static byte[] Concatenate(DictSpace space, IReadOnlyDictionary<string, object> observation) =>
        [.. space.Spaces.SelectMany(s => Bytes(observation[s.Key]).ToArray())];

    private static ReadOnlySpan<byte> Bytes(object array) => array switch
    {
        byte[] bytes => bytes,
        sbyte[] signed => MemoryMarshal.AsBytes(signed.AsSpan()),
        short[] shorts => MemoryMarshal.AsBytes(shorts.AsSpan()),
        int[] ints => MemoryMarshal.AsBytes(ints.AsSpan()),
        long[] longs => MemoryMarshal.AsBytes(longs.AsSpan()),
        _ => throw new ArgumentException(array.GetType().Name),
    };
}
