using Google.Protobuf.WellKnownTypes;
using RlGym.Core.Vector;
using RlGym.Envs.CatMouse;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tests.Fixtures;

namespace RlGym.Server.Tests.Worlds;

public sealed class MultiAgentAndVectorWorldTests
{
    [Fact]
    public async Task Each_agent_of_a_duel_has_its_own_named_action_and_observations()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync("CatMouseDuel-v0", ("seed", TestTensors.Int(4)));
        Assert.Equal(["cat/action", "mouse/action"], specs.Actions.OrderBy(kv => kv.Key).Select(kv => kv.Value.Name));
        Assert.Contains(specs.Observations.Values, s => s.Name == "mouse/truncated");
        using var local = harness.Registry.MakeParallel<CatMouseObservation, int>("CatMouseDuel-v0");
        var first = await stream.StepAsync(specs);
        Assert.Equal(local.Reset(4).Observations["cat"].ToArray(), first.Step.Observations[TestTensors.Uid(specs, "cat/observation")].Floats.Array);
        var missing = await stream.StepAsync(specs, (1, TestTensors.Int(1)));
        Assert.Equal(3, missing.Error.Code);
        Assert.Contains("mouse", missing.Error.Message, StringComparison.Ordinal);
        var expected = local.Step(new Dictionary<string, int> { ["cat"] = 1, ["mouse"] = 3 });
        var step = (await stream.StepAsync(specs, (1, TestTensors.Int(1)), (2, TestTensors.Int(3)))).Step;
        Assert.Equal(expected.Observations["mouse"].ToArray(), step.Observations[TestTensors.Uid(specs, "mouse/observation")].Floats.Array);
        Assert.Equal(expected.Rewards["cat"], step.Observations[TestTensors.Uid(specs, "cat/reward")].Doubles.Array[0]);
    }

    [Fact]
    public async Task A_vector_world_steps_its_copies_through_the_extension()
    {
        const int Copies = 16;
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync("CatMouse-v0", ("num_envs", TestTensors.Int(Copies)));
        Assert.Equal(9, (await stream.StepAsync(specs)).Error.Code);

        var reset = (await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(new VectorResetRequest { Seed = 3 }) })).Extension.Unpack<VectorResetResponse>();
        var observations = reset.Observations[TestTensors.Uid(specs, "observation")];
        Assert.Equal(DataType.Float, observations.Dtype);
        Assert.Equal([Copies, 4], observations.Shape);

        using var local = harness.Registry.MakeVector<CatMouseObservation, int>("CatMouse-v0", Copies);
        var expectedReset = local.Reset(3);
        Assert.Equal(expectedReset.Observations.ToArray().SelectMany(o => o.ToArray()), Floats(observations));

        int[] moves = [.. Enumerable.Range(0, Copies).Select(i => i % 4)];
        var request = new VectorStepRequest();
        request.Actions[1] = new PackedArray { Dtype = DataType.Int32, Data = Google.Protobuf.ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(moves.AsSpan())) };
        request.Actions[1].Shape.Add(Copies);
        var step = (await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(request) })).Extension.Unpack<VectorStepResponse>();
        var expected = local.Step(moves);
        Assert.Equal(expected.Observations.ToArray().SelectMany(o => o.ToArray()), Floats(step.Observations[TestTensors.Uid(specs, "observation")]));
        Assert.Equal(expected.Rewards.ToArray(), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(step.Rewards.Data.Span).ToArray());
        Assert.Equal(expected.Terminated.ToArray().Select(b => (byte)(b ? 1 : 0)), step.Terminated.Data.ToByteArray());
        Assert.Empty(step.Infos);
        request.Infos = true;
        var withInfos = (await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(request) })).Extension.Unpack<VectorStepResponse>();
        var expectedInfos = local.Step(moves).Infos.ToArray().Select(InfoJson.Write);
        Assert.Equal(expectedInfos, withInfos.Infos);
        request.Infos = false;

        moves[5] = 9;
        request.Actions[1].Data = Google.Protobuf.ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(moves.AsSpan()));
        var refused = await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(request) });
        Assert.Equal(3, refused.Error.Code);
        Assert.Contains("copy 5", refused.Error.Message, StringComparison.Ordinal);
    }

    private static float[] Floats(PackedArray array) => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(array.Data.Span).ToArray();
}
