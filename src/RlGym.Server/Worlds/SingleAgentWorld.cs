using System.Buffers.Binary;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RlGym.Core;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// A single-agent environment as a dm_env_rpc world: action uid 1 (<c>action</c>; a Dict action's keys are uids 1, 2, ...,
/// <c>action/KEY</c>); observations laid out by
/// <see cref="ObservationLayout"/> from uid 1. A step while no episode runs resets (with the pending seed and reset
/// options) and returns the first observation; an episode that terminates or is truncated ends with TERMINATED.
/// </summary>
internal sealed class SingleAgentWorld<TObs, TAction> : IWorld
{
    private const ulong ActionUid = 1;
    private readonly IEnvironment<TObs, TAction> _environment;
    private readonly SpaceCodec<TObs> _observations;
    private readonly SpaceCodec<TAction> _actions;
    private readonly ObservationLayout _layout;
    private readonly Tensor[] _fields;
    private bool _running;
    private ulong? _seed;
    private EnvOptions? _resetOptions;

    /// <summary>Wraps <paramref name="environment"/> (owned from now on); the first episode uses <paramref name="seed"/>.</summary>
    public SingleAgentWorld(IEnvironment<TObs, TAction> environment, ulong? seed, StructBounds? bounds)
    {
        _environment = environment;
        _seed = seed;
        _observations = SpaceCodecs.Create(environment.ObservationSpace, bounds);
        _actions = SpaceCodecs.Create(environment.ActionSpace, bounds);
        Specs = new ActionObservationSpecs();
        ulong actionUid = ActionUid;
        foreach (var spec in _actions.Specs("action"))
        {
            Specs.Actions[actionUid++] = spec;
        }
        _layout = new ObservationLayout(_observations, "", 1, Specs);
        _fields = new Tensor[_layout.FieldCount];
        SpacesJson = new JsonObject { ["observation"] = _observations.Describe(), ["action"] = _actions.Describe() }.ToJsonString();
    }

    /// <inheritdoc />
    public ActionObservationSpecs Specs { get; }

    /// <inheritdoc />
    public string SpacesJson { get; }

    /// <inheritdoc />
    public StepResponse Step(StepRequest request)
    {
        foreach (ulong uid in request.RequestedObservations)
        {
            if (!_layout.Owns(uid))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Observation uid {uid} is not one of this world's ({_layout.FirstUid} to {_layout.LastUid}).");
            }
        }
        TObs observation;
        double reward = 0;
        bool terminated = false, truncated = false;
        Info info;
        if (!_running)
        {
            (observation, info) = _environment.Reset(_seed, _resetOptions);
            _seed = null;
            _resetOptions = null;
            _running = true;
        }
        else
        {
            var result = _environment.Step(_actions.Read(request.Actions, ActionUid, "action"));
            (observation, reward, terminated, truncated, info) = result;
            _running = !result.IsDone;
        }
        var response = new StepResponse { State = _running ? EnvironmentStateType.Running : EnvironmentStateType.Terminated };
        if (request.RequestedObservations.Count == 0)
        {
            return response;
        }
        if (request.Packed)
        {
            Pack(response, request.RequestedObservations, observation, reward, terminated, truncated, info);
            return response;
        }
        _observations.Write(observation, _fields, 0);
        foreach (ulong uid in request.RequestedObservations)
        {
            response.Observations[uid] = _layout.Get(uid, _fields, reward, terminated, truncated, info);
        }
        return response;
    }

    /// <summary>
    /// The requested observations as StepResponse.packed_observations (RlGym's addition to StepResponse, see
    /// dm_env_rpc.proto): each one's items in request order, one buffer; the info as text only when it is not empty.
    /// </summary>
    private void Pack(StepResponse response, RepeatedField<ulong> uids, TObs observation, double reward, bool terminated, bool truncated, Info info)
    {
        var fields = new ByteString?[_layout.FieldCount];
        int size = 0;
        foreach (ulong uid in uids)
        {
            if (uid < _layout.RewardUid)
            {
                int field = (int)(uid - _layout.FirstUid);
                fields[field] ??= _observations.Pack(new ReadOnlySpan<TObs>(in observation), field).Data;
                size += fields[field]!.Length;
            }
            else if (uid != _layout.InfoUid)
            {
                size += uid == _layout.TruncatedUid ? 1 : sizeof(double);
            }
        }
        var buffer = new byte[size];
        int at = 0;
        foreach (ulong uid in uids)
        {
            if (uid < _layout.RewardUid)
            {
                var bytes = fields[uid - _layout.FirstUid]!.Span;
                bytes.CopyTo(buffer.AsSpan(at));
                at += bytes.Length;
            }
            else if (uid == _layout.RewardUid || uid == _layout.DiscountUid)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(at), uid == _layout.RewardUid ? reward : terminated ? 0.0 : 1.0);
                at += sizeof(double);
            }
            else if (uid == _layout.TruncatedUid)
            {
                buffer[at++] = truncated ? (byte)1 : (byte)0;
            }
            else if (info.Count > 0)
            {
                response.PackedText = InfoJson.Write(info);
            }
        }
        response.PackedObservations = UnsafeByteOperations.UnsafeWrap(buffer);
    }

    /// <inheritdoc />
    public void Reset(MapField<string, Tensor> settings)
    {
        (_seed, _resetOptions) = Settings.ReadReset(settings);
        _running = false;
    }

    /// <inheritdoc />
    public Any Extension(Any request) =>
        throw new ProtocolException(StatusCode.Unimplemented, $"Extension {request.TypeUrl} is not served by a single-environment world; make the world with num_envs for vector requests.");

    /// <inheritdoc />
    public RenderResponse Render() => Rendering.Of(_environment.RenderMode, _environment.Render);

    /// <inheritdoc />
    public void Dispose() => _environment.Dispose();
}
