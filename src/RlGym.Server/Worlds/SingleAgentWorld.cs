using System.Text.Json.Nodes;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RlGym.Core;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// A single-agent environment as a dm_env_rpc world: action uid 1 (<c>action</c>); observations laid out by
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
        foreach (var spec in _actions.Specs("action"))
        {
            Specs.Actions[ActionUid] = spec;
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
            if (!request.Actions.TryGetValue(ActionUid, out var tensor))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"The step has no action: expected uid {ActionUid} ('action').");
            }
            var result = _environment.Step(_actions.Read(tensor, "action"));
            (observation, reward, terminated, truncated, info) = result;
            _running = !result.IsDone;
        }
        var response = new StepResponse { State = _running ? EnvironmentStateType.Running : EnvironmentStateType.Terminated };
        if (request.RequestedObservations.Count == 0)
        {
            return response;
        }
        _observations.Write(observation, _fields, 0);
        foreach (ulong uid in request.RequestedObservations)
        {
            response.Observations[uid] = _layout.Get(uid, _fields, reward, terminated, truncated, info);
        }
        return response;
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
