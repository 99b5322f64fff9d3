using RlGym.Core;
using RlGym.Envs.CatMouse;
using RlGym.Server.Protocol;
using RlGym.Server.Tests.Fixtures;

namespace RlGym.Server.Tests.Worlds;

public sealed class SingleAgentWorldTests
{
    [Fact]
    public async Task CatMouse_over_the_wire_is_the_environment_in_process()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync("CatMouse-v0");
        var action = Assert.Single(specs.Actions);
        Assert.Equal((1UL, "action", DataType.Int32, 0, 3), (action.Key, action.Value.Name, action.Value.Dtype, action.Value.Min.Int32, action.Value.Max.Int32));
        var observation = specs.Observations[TestTensors.Uid(specs, "observation")];
        Assert.Equal((DataType.Float, 0f, 1f), (observation.Dtype, observation.Min.Float, observation.Max.Float));
        Assert.Equal([4], observation.Shape);

        using var local = harness.Registry.Make<CatMouseObservation, int>("CatMouse-v0");
        var reset = new EnvironmentRequest { Reset = new ResetRequest() };
        reset.Reset.Settings["seed"] = TestTensors.Int(5);
        Assert.Equal(EnvironmentResponse.PayloadOneofCase.Reset, (await stream.SendAsync(reset)).PayloadCase);
        var first = await stream.StepAsync(specs);
        Assert.Equal(EnvironmentStateType.Running, first.Step.State);
        Assert.Equal(local.Reset(5).Observation.ToArray(), first.Step.Observations[TestTensors.Uid(specs, "observation")].Floats.Array);
        foreach (int move in new[] { 0, 1, 2, 3, 0, 1, 2, 3, 0, 1 })
        {
            var expected = local.Step(move);
            var response = (await stream.StepAsync(specs, (1, TestTensors.Int(move)))).Step;
            Assert.Equal(expected.Observation.ToArray(), response.Observations[TestTensors.Uid(specs, "observation")].Floats.Array);
            Assert.Equal(expected.Reward, response.Observations[TestTensors.Uid(specs, "reward")].Doubles.Array[0]);
            Assert.Equal(expected.Truncated, response.Observations[TestTensors.Uid(specs, "truncated")].Bools.Array[0]);
            Assert.Equal(expected.Terminated ? 0.0 : 1.0, response.Observations[TestTensors.Uid(specs, "discount")].Doubles.Array[0]);
            Assert.Equal(expected.IsDone ? EnvironmentStateType.Terminated : EnvironmentStateType.Running, response.State);
            if (expected.IsDone)
            {
                break;
            }
        }
    }

    [Fact]
    public async Task A_Dict_observation_is_one_named_tensor_per_key_and_termination_has_discount_zero()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync(ProbeEnvironment.Id);
        Assert.Equal(["position", "count", "reward", "discount", "truncated", "info"], specs.Observations.OrderBy(kv => kv.Key).Select(kv => kv.Value.Name));
        var position = specs.Observations[TestTensors.Uid(specs, "position")];
        Assert.Equal((DataType.Float, -1f, 1f), (position.Dtype, position.Min.Float, position.Max.Float));
        var count = specs.Observations[TestTensors.Uid(specs, "count")];
        Assert.Equal((DataType.Int32, 0, 5), (count.Dtype, count.Min.Int32, count.Max.Int32));
        Assert.Equal((DataType.Uint8, 0u, 1u), (specs.Actions[1].Dtype, specs.Actions[1].Min.Uint8, specs.Actions[1].Max.Uint8));

        await stream.StepAsync(specs);
        var middle = (await stream.StepAsync(specs, (1, TestTensors.Bytes(1, 1, 1)))).Step;
        Assert.Equal(3, middle.Observations[TestTensors.Uid(specs, "count")].Int32S.Array[0]);
        Assert.Equal([0.6f, -0.6f], middle.Observations[TestTensors.Uid(specs, "position")].Floats.Array);
        Assert.Equal(
            """{"count":3,"action_mask":{"__ndarray__":"int8","shape":[3],"data":[0,0,0]}}""",
            Assert.Single(middle.Observations[TestTensors.Uid(specs, "info")].Strings.Array));
        var last = (await stream.StepAsync(specs, (1, TestTensors.Bytes(1, 1, 0)))).Step;
        Assert.Equal(EnvironmentStateType.Terminated, last.State);
        Assert.Equal(0.0, last.Observations[TestTensors.Uid(specs, "discount")].Doubles.Array[0]);
        Assert.False(last.Observations[TestTensors.Uid(specs, "truncated")].Bools.Array[0]);
        var next = (await stream.StepAsync(specs, (1, TestTensors.Bytes(1, 1, 1)))).Step;
        Assert.Equal(EnvironmentStateType.Running, next.State);
        Assert.Equal(0, next.Observations[TestTensors.Uid(specs, "count")].Int32S.Array[0]);
    }

    [Fact]
    public async Task A_packed_step_carries_the_requested_observations_back_to_back_and_the_info_only_when_not_empty()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync(ProbeEnvironment.Id);
        ulong[] uids = [.. specs.Observations.Keys.Order()];
        EnvironmentRequest Step(bool packed, params byte[] switches)
        {
            var request = new EnvironmentRequest { Step = new StepRequest { Packed = packed } };
            request.Step.RequestedObservations.AddRange(uids);
            request.Step.Actions[1] = TestTensors.Bytes(switches);
            return request;
        }

        var first = (await stream.SendAsync(Step(true, 0, 0, 0))).Step;
        Assert.Empty(first.Observations);
        Assert.Equal("", first.PackedText);
        // position (2 floats), count (int32), reward, discount (doubles), truncated (one byte); the info is text.
        Assert.Equal(8 + 4 + 8 + 8 + 1, first.PackedObservations.Length);
        var packed = (await stream.SendAsync(Step(true, 1, 1, 0))).Step;
        var bytes = packed.PackedObservations.Span;
        Assert.Equal([0.4f, -0.4f], System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes[..8]).ToArray());
        Assert.Equal(2, BitConverter.ToInt32(bytes[8..12]));
        Assert.Equal((2.0, 1.0, (byte)0), (BitConverter.ToDouble(bytes[12..20]), BitConverter.ToDouble(bytes[20..28]), bytes[28]));
        Assert.Equal("""{"count":2,"action_mask":{"__ndarray__":"int8","shape":[3],"data":[0,0,1]}}""", packed.PackedText);

        var plain = (await stream.SendAsync(Step(false, 1, 1, 1))).Step;
        Assert.True(plain.PackedObservations.IsEmpty);
        Assert.Equal(EnvironmentStateType.Terminated, plain.State);
        Assert.Equal(5, plain.Observations[TestTensors.Uid(specs, "count")].Int32S.Array[0]);
    }

    [Fact]
    public async Task A_time_limit_ends_with_discount_one_and_truncated_true()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync(ProbeEnvironment.Id);
        await stream.StepAsync(specs);
        StepResponse step = new();
        for (int i = 0; i < 4; i++)
        {
            step = (await stream.StepAsync(specs, (1, TestTensors.Bytes(0, 0, 0)))).Step;
        }
        Assert.Equal(EnvironmentStateType.Terminated, step.State);
        Assert.Equal(1.0, step.Observations[TestTensors.Uid(specs, "discount")].Doubles.Array[0]);
        Assert.True(step.Observations[TestTensors.Uid(specs, "truncated")].Bools.Array[0]);
    }
}
