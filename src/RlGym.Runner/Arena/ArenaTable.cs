using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;

namespace RlGym.Runner.Arena;

/// <summary>
/// One thread's table for one pairing: an environment per lane and a batch agent per role. It plays a block of
/// episodes as one wave: every lane starts an episode, both agents answer all lanes each step, lanes leave as their
/// episodes end. Episode <c>e</c> resets its environment with seed <c>DeriveSeed(seed, e)</c> and seeds the agents
/// with seeds derived from that one, so a block's results depend on nothing but the request and the episode indices.
/// Where the environment has the allocation-free path (<see cref="IBufferedParallelStep{TObs,TAction}"/>), each lane
/// steps into observations it keeps from step to step (the agents see each lane's current ones, valid until its next
/// step) and the results go into reused spans, so a step allocates nothing; otherwise it steps with plain <c>Step</c>.
/// Both give the same episodes.
/// </summary>
internal sealed class ArenaTable<TObs, TAction> : IDisposable
{
    private readonly ArenaRequest _request;
    private readonly IParallelEnvironment<TObs, TAction>[] _environments;
    private readonly IBatchAgent<TObs, TAction> _agentA, _agentB;
    private readonly Dictionary<string, TAction> _actions = new(2, StringComparer.Ordinal);
    private readonly TObs[] _observationsA, _observationsB;
    private readonly TAction[] _actionsA, _actionsB;
    private readonly ulong[] _seedsA, _seedsB;
    private readonly double[] _returnsA, _returnsB;
    private readonly int[] _steps;
    private readonly bool[] _live, _terminated;
    private readonly IBufferedParallelStep<TObs, TAction>?[] _buffered;
    private readonly TObs[][] _laneObservations;
    private readonly TAction[] _laneActions;
    private readonly StepOutcome[] _outcomes;
    private readonly Info[] _infos;
    private readonly int _indexA, _indexB;

    public ArenaTable(EnvRegistry environments, AgentRegistry agents, ArenaRequest request, int pairing, int lanes)
    {
        _request = request;
        Pairing = pairing;
        _environments = new IParallelEnvironment<TObs, TAction>[lanes];
        try
        {
            for (int lane = 0; lane < lanes; lane++)
            {
                _environments[lane] = environments.MakeParallel<TObs, TAction>(request.EnvironmentId, request.Options);
            }
            _agentA = agents.CreateBatch(request.AgentsA[pairing / request.AgentsB.Count], Contexts(request.RoleA));
            try
            {
                _agentB = agents.CreateBatch(request.AgentsB[pairing % request.AgentsB.Count], Contexts(request.RoleB));
            }
            catch
            {
                _agentA.Dispose();
                throw;
            }
        }
        catch
        {
            DisposeEnvironments();
            throw;
        }
        _observationsA = new TObs[lanes];
        _observationsB = new TObs[lanes];
        _actionsA = new TAction[lanes];
        _actionsB = new TAction[lanes];
        _seedsA = new ulong[lanes];
        _seedsB = new ulong[lanes];
        _returnsA = new double[lanes];
        _returnsB = new double[lanes];
        _steps = new int[lanes];
        _live = new bool[lanes];
        _terminated = new bool[lanes];
        var possible = _environments[0].PossibleAgents;
        _indexA = IndexOf(possible, request.RoleA);
        _indexB = IndexOf(possible, request.RoleB);
        _buffered = new IBufferedParallelStep<TObs, TAction>?[lanes];
        _laneObservations = new TObs[lanes][];
        for (int lane = 0; lane < lanes; lane++)
        {
            if (_indexA >= 0 && _indexB >= 0 && _environments[lane].TryGetBufferedParallelStep(out var buffered))
            {
                _buffered[lane] = buffered;
                _laneObservations[lane] = new TObs[possible.Count];
                for (int agent = 0; agent < possible.Count; agent++)
                {
                    _laneObservations[lane][agent] = buffered.AllocateObservation(agent);
                }
            }
        }
        _laneActions = new TAction[possible.Count];
        _outcomes = new StepOutcome[possible.Count];
        _infos = new Info[possible.Count];
    }

    public int Pairing { get; }

    /// <summary>Plays episodes <paramref name="first"/> to <paramref name="first"/> + into.Length - 1; returns the agent actions taken.</summary>
    public long Play(int first, Span<ArenaEpisode> into)
    {
        int count = into.Length, lanes = _environments.Length;
        string roleA = _request.RoleA, roleB = _request.RoleB;
        for (int lane = 0; lane < lanes; lane++)
        {
            // Lanes beyond the block's episodes sit out; their agents still get lane 0's observation to answer.
            int source = lane < count ? lane : 0;
            ulong seed = Rng.DeriveSeed(_request.Seed, (ulong)(first + source));
            if (lane < count && _buffered[lane] is { } buffered)
            {
                var observations = _laneObservations[lane];
                buffered.ResetInto(observations, _infos, seed);
                _observationsA[lane] = observations[_indexA];
                _observationsB[lane] = observations[_indexB];
            }
            else if (lane < count)
            {
                var start = _environments[lane].Reset(seed);
                _observationsA[lane] = start.Observations[roleA];
                _observationsB[lane] = start.Observations[roleB];
            }
            else
            {
                _observationsA[lane] = _observationsA[0];
                _observationsB[lane] = _observationsB[0];
            }
            _seedsA[lane] = Rng.DeriveSeed(seed, 1);
            _seedsB[lane] = Rng.DeriveSeed(seed, 2);
            _returnsA[lane] = _returnsB[lane] = 0;
            _steps[lane] = 0;
            _live[lane] = lane < count;
            _terminated[lane] = false;
        }
        _agentA.BeginEpisodes(_seedsA);
        _agentB.BeginEpisodes(_seedsB);
        long agentSteps = 0;
        for (int remaining = count; remaining > 0;)
        {
            _agentA.Act(_observationsA, _actionsA);
            _agentB.Act(_observationsB, _actionsB);
            for (int lane = 0; lane < count; lane++)
            {
                if (!_live[lane])
                {
                    continue;
                }
                var environment = _environments[lane];
                if (_buffered[lane] is { } buffered)
                {
                    agentSteps += StepInto(lane, environment, buffered);
                    remaining -= _live[lane] ? 0 : 1;
                    continue;
                }
                var live = environment.Agents;
                _actions.Clear();
                for (int i = 0; i < live.Count; i++)
                {
                    string agent = live[i];
                    if (agent == roleA)
                    {
                        _actions[agent] = _actionsA[lane];
                    }
                    else if (agent == roleB)
                    {
                        _actions[agent] = _actionsB[lane];
                    }
                }
                agentSteps += _actions.Count;
                var result = environment.Step(_actions);
                _steps[lane]++;
                if (result.Rewards.TryGetValue(roleA, out double rewardA))
                {
                    _returnsA[lane] += rewardA;
                }
                if (result.Rewards.TryGetValue(roleB, out double rewardB))
                {
                    _returnsB[lane] += rewardB;
                }
                if (result.Observations.TryGetValue(roleA, out var observationA))
                {
                    _observationsA[lane] = observationA;
                }
                if (result.Observations.TryGetValue(roleB, out var observationB))
                {
                    _observationsB[lane] = observationB;
                }
                _terminated[lane] |= Flag(result.Terminations, roleA) || Flag(result.Terminations, roleB);
                if (environment.Agents.Count == 0)
                {
                    _live[lane] = false;
                    remaining--;
                }
            }
        }
        for (int lane = 0; lane < count; lane++)
        {
            into[lane] = new ArenaEpisode(Pairing, first + lane, _returnsA[lane], _returnsB[lane], _steps[lane], _terminated[lane]);
        }
        return agentSteps;
    }

    public void Dispose()
    {
        _agentA.Dispose();
        _agentB.Dispose();
        DisposeEnvironments();
    }

    // One lane's step on the allocation-free path: what the plain path does, with agents addressed by index.
    private int StepInto(int lane, IParallelEnvironment<TObs, TAction> environment, IBufferedParallelStep<TObs, TAction> buffered)
    {
        var live = environment.Agents;
        var possible = environment.PossibleAgents;
        bool liveA = false, liveB = false;
        for (int i = 0; i < live.Count; i++)
        {
            liveA |= string.Equals(live[i], possible[_indexA], StringComparison.Ordinal);
            liveB |= string.Equals(live[i], possible[_indexB], StringComparison.Ordinal);
        }
        Array.Clear(_laneActions);
        _laneActions[_indexA] = _actionsA[lane];
        _laneActions[_indexB] = _actionsB[lane];
        var observations = _laneObservations[lane];
        buffered.StepInto(_laneActions, observations, _outcomes);
        _steps[lane]++;
        if (liveA)
        {
            _returnsA[lane] += _outcomes[_indexA].Reward;
            _observationsA[lane] = observations[_indexA];
            _terminated[lane] |= _outcomes[_indexA].Terminated;
        }
        if (liveB)
        {
            _returnsB[lane] += _outcomes[_indexB].Reward;
            _observationsB[lane] = observations[_indexB];
            _terminated[lane] |= _outcomes[_indexB].Terminated;
        }
        _live[lane] = environment.Agents.Count > 0;
        return (liveA ? 1 : 0) + (liveB ? 1 : 0);
    }

    private static int IndexOf(IReadOnlyList<string> agents, string role)
    {
        for (int i = 0; i < agents.Count; i++)
        {
            if (string.Equals(agents[i], role, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Flag(IReadOnlyDictionary<string, bool> flags, string role) => flags.TryGetValue(role, out bool flag) && flag;

    private AgentContext<TObs, TAction>[] Contexts(string role)
    {
        var contexts = new AgentContext<TObs, TAction>[_environments.Length];
        for (int lane = 0; lane < contexts.Length; lane++)
        {
            var environment = _environments[lane];
            contexts[lane] = new AgentContext<TObs, TAction>(environment, environment.ObservationSpace(role), environment.ActionSpace(role), role, null);
        }
        return contexts;
    }

    private void DisposeEnvironments()
    {
        foreach (var environment in _environments)
        {
            environment?.Dispose();
        }
    }
}
