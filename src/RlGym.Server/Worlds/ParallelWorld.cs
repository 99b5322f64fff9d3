using System.Text.Json.Nodes;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;

namespace RlGym.Server.Worlds;

/// <summary>
/// A multi-agent (parallel) environment as one dm_env_rpc world. Agent i of <c>PossibleAgents</c> acts through uid
/// i + 1 (<c>AGENT/action</c>); each agent's observations follow one another, laid out by <see cref="ObservationLayout"/>
/// with the prefix <c>AGENT/</c>. A step returns tensors only for the agents in that step's result (the agents that
/// were live); the state is TERMINATED once no agent is live. An agent whose action is a Dict takes one uid per key
/// (<c>AGENT/action/KEY</c>) and the agents after it shift: action uids go out in agent order from 1.
/// </summary>
internal sealed class ParallelWorld<TObs, TAction> : IWorld
{
    private readonly IParallelEnvironment<TObs, TAction> _environment;
    private readonly Agent[] _agents;
    private readonly Dictionary<string, Agent> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TAction> _actions = new(StringComparer.Ordinal);
    private bool _running;
    private ulong? _seed;
    private EnvOptions? _resetOptions;

    /// <summary>Wraps <paramref name="environment"/> (owned from now on); the first episode uses <paramref name="seed"/>.</summary>
    public ParallelWorld(IParallelEnvironment<TObs, TAction> environment, ulong? seed, StructBounds? bounds)
    {
        _environment = environment;
        _seed = seed;
        Specs = new ActionObservationSpecs();
        var agents = new List<Agent>();
        ulong nextObservation = 1, nextAction = 1;
        var observations = new JsonObject();
        var actions = new JsonObject();
        for (int i = 0; i < environment.PossibleAgents.Count; i++)
        {
            string name = environment.PossibleAgents[i];
            var observationCodec = SpaceCodecs.Create(environment.ObservationSpace(name), bounds);
            var actionCodec = SpaceCodecs.Create(environment.ActionSpace(name), bounds);
            ulong actionUid = nextAction;
            foreach (var spec in actionCodec.Specs(name + "/action"))
            {
                Specs.Actions[nextAction++] = spec;
            }
            var layout = new ObservationLayout(observationCodec, name + "/", nextObservation, Specs);
            nextObservation = layout.LastUid + 1;
            var agent = new Agent(name, actionUid, observationCodec, actionCodec, layout, new Tensor[layout.FieldCount]);
            agents.Add(agent);
            _byName[name] = agent;
            observations[name] = observationCodec.Describe();
            actions[name] = actionCodec.Describe();
        }
        _agents = [.. agents];
        SpacesJson = new JsonObject
        {
            ["agents"] = new JsonArray([.. environment.PossibleAgents.Select(a => (JsonNode)a)]),
            ["observation"] = observations,
            ["action"] = actions,
        }.ToJsonString();
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
            if (!_agents.Any(a => a.Layout.Owns(uid)))
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Observation uid {uid} is not one of this world's (1 to {_agents[^1].Layout.LastUid}).");
            }
        }
        IReadOnlyDictionary<string, TObs> observations;
        IReadOnlyDictionary<string, double>? rewards = null;
        IReadOnlyDictionary<string, bool>? terminations = null, truncations = null;
        IReadOnlyDictionary<string, Info> infos;
        if (!_running)
        {
            (observations, infos) = _environment.Reset(_seed, _resetOptions);
            _seed = null;
            _resetOptions = null;
            _running = true;
        }
        else
        {
            _actions.Clear();
            foreach (string live in _environment.Agents)
            {
                var agent = _byName[live];
                _actions[live] = agent.Actions.Read(request.Actions, agent.ActionUid, live + "/action");
            }
            var result = _environment.Step(_actions);
            (observations, rewards, terminations, truncations, infos) = result;
            _running = _environment.Agents.Count > 0;
        }
        var response = new StepResponse { State = _running ? EnvironmentStateType.Running : EnvironmentStateType.Terminated };
        foreach (var agent in _agents)
        {
            if (!observations.TryGetValue(agent.Name, out var observation))
            {
                continue;
            }
            bool written = false;
            foreach (ulong uid in request.RequestedObservations)
            {
                if (!agent.Layout.Owns(uid))
                {
                    continue;
                }
                if (!written)
                {
                    agent.Observations.Write(observation, agent.Fields, 0);
                    written = true;
                }
                double reward = rewards?.GetValueOrDefault(agent.Name) ?? 0;
                bool terminated = terminations?.GetValueOrDefault(agent.Name) ?? false;
                bool truncated = truncations?.GetValueOrDefault(agent.Name) ?? false;
                var info = infos.GetValueOrDefault(agent.Name) ?? Info.Empty;
                response.Observations[uid] = agent.Layout.Get(uid, agent.Fields, reward, terminated, truncated, info);
            }
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
        throw new ProtocolException(StatusCode.Unimplemented, $"Extension {request.TypeUrl} is not served by a multi-agent world.");

    /// <inheritdoc />
    public RenderResponse Render() => Rendering.Of(_environment.RenderMode, _environment.Render);

    /// <inheritdoc />
    public void Dispose() => _environment.Dispose();

    private sealed record Agent(string Name, ulong ActionUid, SpaceCodec<TObs> Observations, SpaceCodec<TAction> Actions, ObservationLayout Layout, Tensor[] Fields);
}
