using System.Text.Json.Nodes;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RlGym.Core.Vector;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// N copies of a single-agent environment stepped together (the registry's vector: the native batched one when the
/// environment has it), served through RlGym's extension requests <c>VectorResetRequest</c> and
/// <c>VectorStepRequest</c>. The specs are those of one copy; batches carry a leading dimension of N. Copies reset
/// themselves on the step after they finish (Gymnasium's next-step autoreset).
/// </summary>
internal sealed class VectorWorld<TObs, TAction> : IWorld
{
    private const ulong ActionUid = 1;
    private readonly IVectorEnvironment<TObs, TAction> _vector;
    private readonly SpaceCodec<TObs> _observations;
    private readonly SpaceCodec<TAction> _actions;
    private readonly ObservationLayout _layout;
    private readonly TAction[] _actionBuffer;
    private readonly VectorStepWriter<TObs>? _writer;
    private ulong? _seed;
    private bool _started;

    /// <summary>Wraps <paramref name="vector"/> (owned from now on).</summary>
    public VectorWorld(IVectorEnvironment<TObs, TAction> vector, ulong? seed, StructBounds? bounds)
    {
        _vector = vector;
        _seed = seed;
        _observations = SpaceCodecs.Create(vector.SingleObservationSpace, bounds);
        _actions = SpaceCodecs.Create(vector.SingleActionSpace, bounds);
        Specs = new ActionObservationSpecs();
        ulong actionUid = ActionUid;
        foreach (var spec in _actions.Specs("action"))
        {
            Specs.Actions[actionUid++] = spec;
        }
        _layout = new ObservationLayout(_observations, "", 1, Specs);
        _actionBuffer = new TAction[vector.Count];
        _writer = VectorStepWriter<TObs>.TryCreate(_observations, _layout, vector.Count);
        SpacesJson = new JsonObject
        {
            ["observation"] = _observations.Describe(),
            ["action"] = _actions.Describe(),
            ["num_envs"] = vector.Count,
        }.ToJsonString();
    }

    /// <inheritdoc />
    public ActionObservationSpecs Specs { get; }

    /// <inheritdoc />
    public string SpacesJson { get; }

    /// <inheritdoc />
    public StepResponse Step(StepRequest request) =>
        throw new ProtocolException(StatusCode.FailedPrecondition, $"This world holds {_vector.Count} copies; step it with the rlgym_rpc.v1.VectorStepRequest extension.");

    /// <inheritdoc />
    public void Reset(MapField<string, Tensor> settings)
    {
        _seed = Settings.ReadSeed(settings);
        _started = false;
    }

    /// <inheritdoc />
    public Any Extension(Any request)
    {
        if (request.TryUnpack(out VectorResetRequest reset))
        {
            ulong? seed = reset.HasSeed ? reset.Seed : _seed;
            _seed = null;
            var result = _vector.Reset(seed);
            _started = true;
            var response = new VectorResetResponse();
            Pack(result.Observations, response.Observations);
            if (reset.Infos)
            {
                AddInfos(result.Infos, response.Infos, reset.SparseInfos ? response.InfoCopies : null);
            }
            return Any.Pack(response);
        }
        if (request.TryUnpack(out VectorStepRequest step))
        {
            if (!_started)
            {
                throw new ProtocolException(StatusCode.FailedPrecondition, "The copies have not been reset: send a VectorResetRequest before the first VectorStepRequest.");
            }
            _actions.Unpack(step.Actions, ActionUid, _actionBuffer, "action");
            var result = _vector.Step(_actionBuffer);
            if (_writer is not null && (!step.Infos || (step.SparseInfos && AllEmpty(result.Infos))))
            {
                return _writer.Write(result);
            }
            var response = new VectorStepResponse
            {
                Rewards = ItemTypes.Pack(result.Rewards, [_vector.Count]),
                Terminated = ItemTypes.Pack(result.Terminated, [_vector.Count]),
                Truncated = ItemTypes.Pack(result.Truncated, [_vector.Count]),
            };
            Pack(result.Observations, response.Observations);
            if (step.Infos)
            {
                AddInfos(result.Infos, response.Infos, step.SparseInfos ? response.InfoCopies : null);
            }
            return Any.Pack(response);
        }
        throw new ProtocolException(StatusCode.Unimplemented, $"Extension {request.TypeUrl} is not one the server knows (rlgym_rpc.v1.SpacesRequest, VectorResetRequest, VectorStepRequest).");
    }

    /// <inheritdoc />
    public RenderResponse Render() =>
        throw new ProtocolException(StatusCode.FailedPrecondition, $"This world holds {_vector.Count} copies; vector worlds do not render.");

    /// <inheritdoc />
    public void Dispose() => _vector.Dispose();

    private static bool AllEmpty(ReadOnlySpan<Core.Info> infos)
    {
        foreach (var info in infos)
        {
            if (info.Count > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Every copy's info as JSON, in copy order; with <paramref name="copies"/> (sparse infos) only the non-empty
    /// ones, each copy's index going to <paramref name="copies"/>.
    /// </summary>
    private static void AddInfos(ReadOnlySpan<Core.Info> infos, RepeatedField<string> destination, RepeatedField<uint>? copies)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            if (copies is null)
            {
                destination.Add(InfoJson.Write(infos[i]));
            }
            else if (infos[i].Count > 0)
            {
                destination.Add(InfoJson.Write(infos[i]));
                copies.Add((uint)i);
            }
        }
    }

    private void Pack(ReadOnlySpan<TObs> observations, MapField<ulong, PackedArray> destination)
    {
        for (int field = 0; field < _layout.FieldCount; field++)
        {
            destination[_layout.FirstUid + (ulong)field] = _observations.Pack(observations, field);
        }
    }
}
