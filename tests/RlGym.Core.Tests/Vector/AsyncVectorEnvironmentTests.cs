using RlGym.Core.Registry;
using RlGym.Core.Tests.Fixtures;
using RlGym.Core.Vector;

namespace RlGym.Core.Tests.Vector;

public sealed class AsyncVectorEnvironmentTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30); // only to fail instead of hanging

    private static EnvRegistry Registry()
    {
        var registry = new EnvRegistry();
        registry.Register(new EnvSpec("Counter-v0") { MaxEpisodeSteps = 3 }, ctx => new CounterEnvironment(ctx));
        return registry;
    }

    private static int ActionOf(int env, int send) => (env * 7 + send * 3 + send / 5) % 2;

    private static string Describe(float[] observation, double reward, bool terminated, bool truncated) =>
        $"{observation[0]},{observation[1]} r={reward} term={terminated} trunc={truncated}";

    // Copy k alone, as the vector with next-step autoreset must show it: the step after an end is a reset (reward 0).
    private static List<string> Alone(EnvRegistry registry, ulong seed, int k, int records)
    {
        using var env = registry.Make<float[], int>("Counter-v0");
        var trajectory = new List<string> { Describe(env.Reset(seed + (ulong)k).Observation, 0, false, false) };
        bool pending = false;
        for (int send = 0; trajectory.Count < records; send++)
        {
            if (pending)
            {
                trajectory.Add(Describe(env.Reset().Observation, 0, false, false));
                pending = false;
                continue;
            }
            var r = env.Step(ActionOf(k, send));
            trajectory.Add(Describe(r.Observation, r.Reward, r.Terminated, r.Truncated));
            pending = r.IsDone;
        }
        return trajectory;
    }

    [Theory]
    [InlineData(2, 1)] // on 2 cores (CI's machine): no more copies than cores, so the threads spin before they sleep
    [InlineData(4, 1)] // more copies than cores there: they sleep at once
    [InlineData(4, 2)]
    [InlineData(4, 4)]
    public void Each_copy_follows_its_own_trajectory_whatever_order_the_copies_finish_in(int copies, int batchSize)
    {
        const int records = 2_000;
        var registry = Registry();
        using var vector = registry.MakeAsyncVector<float[], int>("Counter-v0", copies, batchSize);
        var seen = Enumerable.Range(0, copies).Select(_ => new List<string>()).ToArray();
        var sends = new int[copies];
        vector.Reset(seed: 100);
        while (seen.Any(s => s.Count < records))
        {
            var batch = vector.Receive();
            Assert.Equal(batchSize, batch.Count);
            var ids = new List<int>();
            var actions = new List<int>();
            for (int j = 0; j < batch.Count; j++)
            {
                int k = batch.EnvIds[j];
                seen[k].Add(Describe(batch.Observations[j], batch.Rewards[j], batch.Terminated[j], batch.Truncated[j]));
                ids.Add(k);
                actions.Add(ActionOf(k, sends[k]++));
            }
            vector.Send(ids.ToArray(), actions.ToArray());
        }
        for (int k = 0; k < copies; k++)
        {
            Assert.Equal(Alone(registry, 100, k, records), seen[k].Take(records));
        }
    }

    [Fact]
    public async Task A_fast_copy_completes_steps_while_a_slow_copy_is_still_in_flight()
    {
        var slow = new GatedEnvironment();
        var fast = new GatedEnvironment { Hold = false };
        using var vector = AsyncVectorEnvironment.Create<float[], int>(2, i => i == 0 ? slow : fast, batchSize: 1);
        vector.Reset();
        var resets = new[] { vector.Receive().EnvIds[0], vector.Receive().EnvIds[0] };
        Assert.Equal([0, 1], resets.Order());
        vector.Send([0, 1], [1, 1]);
        Assert.True(slow.Entered.Wait(Patience));
        var fastSteps = Task.Run(() =>
        {
            for (int step = 1; step <= 5; step++)
            {
                var batch = vector.Receive();
                Assert.Equal(1, batch.EnvIds[0]);
                Assert.Equal(step, batch.Observations[0][0]);
                vector.Send([1], [1]);
            }
        });
        try
        {
            await fastSteps.WaitAsync(Patience); // a receive that waited for the slow copy would time out here
        }
        finally
        {
            slow.Gate.Release();
        }
        Assert.Equal(2, vector.InFlight);
        var finished = new List<int>();
        while (!finished.Contains(0))
        {
            var batch = vector.Receive();
            finished.Add(batch.EnvIds[0]);
            if (batch.EnvIds[0] == 0)
            {
                Assert.Equal(1f, batch.Observations[0][0]);
            }
            else
            {
                vector.Send([1], [1]);
            }
        }
        Assert.Equal(1, vector.InFlight);
    }

    [Fact]
    public async Task Dispose_waits_for_the_step_in_flight_then_stops_every_thread_and_disposes_every_copy()
    {
        var slow = new GatedEnvironment();
        var fast = new GatedEnvironment { Hold = false };
        var vector = AsyncVectorEnvironment.Create<float[], int>(2, i => i == 0 ? slow : fast, batchSize: 1);
        vector.Reset();
        vector.Receive();
        vector.Receive();
        vector.Send([0, 1], [1, 1]); // the fast copy's result is never received
        Assert.True(slow.Entered.Wait(Patience));
        var disposing = Task.Run(vector.Dispose);
        // The slow copy's step cannot finish before the gate opens, so a dispose that has already returned did not wait
        // for it. (The delay only gives a wrong dispose time to show itself; a right one cannot return in it.)
        await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromMilliseconds(200)));
        Assert.False(disposing.IsCompleted, "Dispose returned while a step was still running.");
        slow.Gate.Release();
        await disposing.WaitAsync(Patience); // throws TimeoutException when Dispose hangs
        Assert.False(((ThreadedAsyncVectorEnvironment<float[], int>)vector).AnyThreadAlive);
        Assert.True(slow.Disposed && fast.Disposed);
        Assert.False(slow.DisposedWhileStepping);
        Assert.Throws<ObjectDisposedException>(() => vector.Receive());
    }

    [Fact]
    public void Next_step_autoreset_resets_on_the_send_after_the_end_and_ignores_its_action()
    {
        using var vector = Registry().MakeAsyncVector<float[], int>("Counter-v0", 1, 1);
        vector.Reset(seed: 1);
        float start = vector.Receive().Observations[0][0];
        AsyncVectorBatch<float[]> batch = default;
        for (int t = 0; t < 3; t++)
        {
            vector.Send([0], [1]);
            batch = vector.Receive();
        }
        Assert.True(batch.Truncated[0]);
        Assert.Equal(start + 3, batch.Observations[0][0]);
        vector.Send([0], [1]);
        batch = vector.Receive();
        Assert.Equal(0.0, batch.Rewards[0]);
        Assert.False(batch.Truncated[0] || batch.Terminated[0]);
        Assert.Equal(batch.Observations[0][0], batch.Observations[0][1]); // a fresh episode: position == start
    }

    [Fact]
    public void Same_step_autoreset_returns_the_reset_observation_and_the_final_one_in_info()
    {
        using var vector = Registry().MakeAsyncVector<float[], int>("Counter-v0", 1, 1, autoreset: AutoresetMode.SameStep);
        vector.Reset(seed: 1);
        float start = vector.Receive().Observations[0][0];
        AsyncVectorBatch<float[]> batch = default;
        for (int t = 0; t < 3; t++)
        {
            vector.Send([0], [1]);
            batch = vector.Receive();
        }
        Assert.True(batch.Truncated[0]);
        var final = (float[])batch.Infos[0][VectorInfoKeys.FinalObservation]!;
        Assert.Equal(start + 3, final[0]);
        Assert.Equal(batch.Observations[0][0], batch.Observations[0][1]);
        Assert.True(batch.Infos[0].ContainsKey("start"));
    }

    [Fact]
    public void With_autoreset_disabled_a_finished_copy_must_be_reset_by_id()
    {
        using var vector = Registry().MakeAsyncVector<float[], int>("Counter-v0", 2, 1, autoreset: AutoresetMode.Disabled);
        vector.Reset(seed: 1, envIds: [1]);
        vector.Receive();
        for (int t = 0; t < 3; t++)
        {
            vector.Send([1], [1]);
            vector.Receive();
        }
        var error = Assert.Throws<InvalidOperationException>(() => vector.Send([1], [1]));
        Assert.Contains("Env 1", error.Message);
        vector.Reset(envIds: [1]);
        Assert.False(vector.Receive().Truncated[0]);
        vector.Send([1], [1]);
        Assert.Equal(1, vector.Receive().EnvIds[0]);
    }

    [Fact]
    public void Bad_calls_are_refused_with_the_value_named_and_nothing_sent()
    {
        using var vector = Registry().MakeAsyncVector<float[], int>("Counter-v0", 2, 1);
        Assert.Contains("0 environments are in flight", Assert.Throws<InvalidOperationException>(() => vector.Receive()).Message);
        Assert.Contains("Env 0 has not been reset", Assert.Throws<InvalidOperationException>(() => vector.Send([0], [1])).Message);
        vector.Reset(envIds: [0]);
        Assert.Contains("Env 0 is already in flight", Assert.Throws<InvalidOperationException>(() => vector.Reset(envIds: [0])).Message);
        vector.Receive();
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => vector.Send([0, 2], [1, 1]));
        Assert.Contains("Env id 2", range.Message);
        Assert.Contains("Env id -1", Assert.Throws<ArgumentOutOfRangeException>(() => vector.Send([-1], [1])).Message);
        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => vector.Send([0, 0], [1, 1])).Message);
        Assert.Contains("1 env ids but 2 actions", Assert.Throws<ArgumentException>(() => vector.Send([0], [1, 1])).Message);
        Assert.Equal(0, vector.InFlight); // none of the refused calls sent anything
        vector.Send([0], [1]);
        Assert.Contains("Env 0 is already in flight", Assert.Throws<InvalidOperationException>(() => vector.Send([0], [1])).Message);
        Assert.Equal(0, vector.Receive().EnvIds[0]);
    }

    [Fact]
    public async Task A_copy_whose_step_throws_rethrows_on_receive_and_the_other_results_stay()
    {
        using var vector = Registry().MakeAsyncVector<float[], int>("Counter-v0", 2, 2);
        vector.Reset(seed: 3);
        var start = new float[2];
        var reset = vector.Receive();
        for (int j = 0; j < 2; j++)
        {
            start[reset.EnvIds[j]] = reset.Observations[j][0];
        }
        vector.Send([0, 1], [7, 1]);
        Assert.Throws<InvalidActionException>(() => vector.Receive());
        Assert.Equal(1, vector.InFlight); // copy 1's result waits for the next receive
        var rounds = Task.Run(() =>
        {
            vector.Send([0], [1]);
            var batch = vector.Receive();
            Assert.Equal([0, 1], batch.EnvIds.ToArray().Order());
            for (int j = 0; j < 2; j++)
            {
                Assert.Equal(start[batch.EnvIds[j]] + 1, batch.Observations[j][0]); // each copy's first step, once
            }
            vector.Reset(envIds: [0, 1]);
            for (int round = 0; round < 5; round++)
            {
                Assert.Equal([0, 1], vector.Receive().EnvIds.ToArray().Order());
                vector.Send([0, 1], [1, 1]);
            }
            vector.Receive();
        });
        await rounds.WaitAsync(Patience); // a lost result would leave a receive waiting
    }

    [Fact]
    public void The_batch_size_must_fit_the_copies()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Registry().MakeAsyncVector<float[], int>("Counter-v0", 2, 3));
        Assert.Equal(3, error.ActualValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => Registry().MakeAsyncVector<float[], int>("Counter-v0", 2, 0));
    }

    [Fact]
    public void Bytes_are_refused_for_copies_without_the_allocation_free_step_and_every_made_copy_is_disposed()
    {
        var made = new List<CounterEnvironment>();
        var error = Assert.Throws<ArgumentException>(() => AsyncVectorEnvironment.Create<float[], int>(2, _ =>
        {
            var env = new CounterEnvironment();
            made.Add(env);
            return env;
        }, 1, observationBytes: true));
        Assert.Contains("Environment 0", error.Message);
        Assert.All(made, env => Assert.True(env.Disposed));
    }

    [Fact]
    public void Byte_observations_are_written_into_the_vector_s_buffers_and_stay_intact_until_the_next_receive()
    {
        using var vector = AsyncVectorEnvironment.Create<byte[], int>(1, _ => new PixelCounterEnvironment(), 1, observationBytes: true);
        vector.Reset();
        vector.Receive();
        vector.Send([0], [1]);
        var first = vector.Receive();
        byte[] observation = first.Observations[0];
        Assert.Equal(new byte[] { 1, 1, 1, 1 }, first.ObservationBytes(0).ToArray());
        vector.Send([0], [1]); // the copy steps on while the caller still reads the first batch
        Assert.Equal(new byte[] { 1, 1, 1, 1 }, observation);
        var second = vector.Receive();
        Assert.Equal(new byte[] { 2, 2, 2, 2 }, second.ObservationBytes(0).ToArray());
        Assert.NotSame(observation, second.Observations[0]);
        vector.Send([0], [1]);
        Assert.Same(observation, vector.Receive().Observations[0]); // two buffers per copy, in turn
    }
}
