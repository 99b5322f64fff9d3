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
        var packed = (await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(request) })).Extension;
        var step = packed.Unpack<VectorStepResponse>();
        // Written straight into one buffer (VectorStepWriter): the very bytes protobuf writes for the message.
        Assert.Equal(Google.Protobuf.MessageExtensions.ToByteString(step), packed.Value);
        var expected = local.Step(moves);
        Assert.Equal(expected.Observations.ToArray().SelectMany(o => o.ToArray()), Floats(step.Observations[TestTensors.Uid(specs, "observation")]));
        Assert.Equal(expected.Rewards.ToArray(), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(step.Rewards.Data.Span).ToArray());
        Assert.Equal(expected.Terminated.ToArray().Select(b => (byte)(b ? 1 : 0)), step.Terminated.Data.ToByteArray());
        Assert.Equal(expected.Truncated.ToArray().Select(b => (byte)(b ? 1 : 0)), step.Truncated.Data.ToByteArray());
        Assert.Equal([Copies], step.Rewards.Shape);
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

    [Fact]
    public async Task Sparse_vector_infos_are_the_non_empty_ones_with_their_copies()
    {
        const int Copies = 4;
        await using var harness = await ServerHarness.StartAsync();
        using var dense = harness.Open();
        using var sparse = harness.Open();
        await dense.JoinAsync(ProbeEnvironment.Id, ("num_envs", TestTensors.Int(Copies)));
        await sparse.JoinAsync(ProbeEnvironment.Id, ("num_envs", TestTensors.Int(Copies)));
        var denseReset = await VectorAsync<VectorResetResponse>(dense, new VectorResetRequest { Seed = 1, Infos = true });
        var sparseReset = await VectorAsync<VectorResetResponse>(sparse, new VectorResetRequest { Seed = 1, Infos = true, SparseInfos = true });
        Assert.Equal(Copies, denseReset.Infos.Count);
        AssertSparse(denseReset.Infos, sparseReset.Infos, sparseReset.InfoCopies);

        // Copy 0 turns on every switch each step and finishes early (its next step is an autoreset, with an empty
        // info); the others turn on one switch a step.
        byte[] actions = [.. Enumerable.Range(0, Copies * 3).Select(k => (byte)(k < 3 || k % 3 == 0 ? 1 : 0))];
        bool mixed = false;
        for (int step = 0; step < 6; step++)
        {
            var request = new VectorStepRequest { Infos = true };
            request.Actions[1] = new PackedArray { Dtype = DataType.Uint8, Data = Google.Protobuf.ByteString.CopyFrom(actions) };
            request.Actions[1].Shape.Add([Copies, 3]);
            var expected = await VectorAsync<VectorStepResponse>(dense, request);
            request.SparseInfos = true;
            var actual = await VectorAsync<VectorStepResponse>(sparse, request);
            Assert.Equal(expected.Observations, actual.Observations);
            Assert.Equal(expected.Rewards, actual.Rewards);
            AssertSparse(expected.Infos, actual.Infos, actual.InfoCopies);
            mixed |= expected.Infos.Contains("{}") && expected.Infos.Any(text => text != "{}");
        }
        Assert.True(mixed, "no step mixed empty and non-empty infos, so the test showed nothing");
    }

    private static void AssertSparse(IList<string> dense, IList<string> sparse, IList<uint> copies)
    {
        Assert.DoesNotContain("", dense);
        var kept = dense.Select((text, copy) => (Text: text, Copy: (uint)copy)).Where(p => p.Text != "{}").ToList();
        Assert.Equal(kept.Select(p => p.Text), sparse);
        Assert.Equal(kept.Select(p => p.Copy), copies);
    }

    private static async Task<T> VectorAsync<T>(ServerHarness.ClientStream stream, Google.Protobuf.IMessage request)
        where T : Google.Protobuf.IMessage, new()
    {
        var response = await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(request) });
        Assert.Equal(EnvironmentResponse.PayloadOneofCase.Extension, response.PayloadCase);
        return response.Extension.Unpack<T>();
    }

    private static float[] Floats(PackedArray array) => System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(array.Data.Span).ToArray();
}
