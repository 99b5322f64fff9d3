namespace RlGym.Core.MultiAgent;

/// <summary>
/// Plays a parallel environment turn by turn: actions are collected from each live agent in order and the
/// parallel step runs once the last one has acted (PettingZoo's <c>parallel_to_aec</c>).
/// </summary>
internal sealed class ParallelToTurnBased<TObs, TAction> : ITurnBasedEnvironment<TObs, TAction>, IWrapper
{
    private readonly IParallelEnvironment<TObs, TAction> _env;
    private readonly Dictionary<string, TAction> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TObs> _observations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _cumulative = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _terminated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _truncated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Info> _infos = new(StringComparer.Ordinal);
    private readonly List<string> _agents = [];
    private int _selected = -1;

    public ParallelToTurnBased(IParallelEnvironment<TObs, TAction> env) => _env = env ?? throw new ArgumentNullException(nameof(env));

    public IDisposable InnerEnvironment => _env;

    public IReadOnlyList<string> PossibleAgents => _env.PossibleAgents;

    public IReadOnlyList<string> Agents => _agents;

    public string AgentSelection => _selected >= 0 && _selected < _agents.Count
        ? _agents[_selected]
        : throw new InvalidOperationException("No agent is selected: call Reset() first, or the episode is over.");

    public void Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = _env.Reset(seed, options);
        _agents.Clear();
        _agents.AddRange(_env.Agents);
        _pending.Clear();
        foreach (string agent in _agents)
        {
            _observations[agent] = result.Observations[agent];
            _infos[agent] = result.Infos.TryGetValue(agent, out var info) ? info : Info.Empty;
            _cumulative[agent] = 0;
            _terminated[agent] = _truncated[agent] = false;
        }
        _selected = _agents.Count > 0 ? 0 : -1;
    }

    public StepResult<TObs> Last()
    {
        string agent = AgentSelection;
        return new StepResult<TObs>(_observations[agent], _cumulative[agent], _terminated[agent], _truncated[agent], _infos[agent]);
    }

    public void Step(TAction action)
    {
        string agent = AgentSelection;
        if (_terminated[agent] || _truncated[agent])
        {
            _agents.RemoveAt(_selected);
            SelectNext(0);
            return;
        }
        var space = _env.ActionSpace(agent);
        if (!space.Contains(action))
        {
            throw new InvalidActionException(space, action, agent);
        }
        _pending[agent] = action;
        _cumulative[agent] = 0;
        if (NextLive(_selected + 1) >= 0)
        {
            SelectNext(_selected + 1);
            return;
        }
        var result = _env.Step(_pending);
        _pending.Clear();
        foreach (var (name, observation) in result.Observations)
        {
            _observations[name] = observation;
            _cumulative[name] += result.Rewards[name];
            _terminated[name] = result.Terminations[name];
            _truncated[name] = result.Truncations[name];
            _infos[name] = result.Infos.TryGetValue(name, out var info) ? info : Info.Empty;
        }
        SelectNext(0);
    }

    public IEnumerable<string> AgentIter(int maxTurns = int.MaxValue)
    {
        for (int turn = 0; turn < maxTurns && _agents.Count > 0 && _selected >= 0; turn++)
        {
            yield return AgentSelection;
        }
    }

    public void Dispose() => _env.Dispose();

    // Done agents are visited first so that they leave; otherwise live agents in order.
    private void SelectNext(int from)
    {
        int done = _agents.FindIndex(a => _terminated[a] || _truncated[a]);
        if (done >= 0)
        {
            _selected = done;
            return;
        }
        int live = NextLive(from);
        _selected = live >= 0 ? live : NextLive(0);
    }

    private int NextLive(int from)
    {
        for (int i = from; i < _agents.Count; i++)
        {
            if (!_terminated[_agents[i]] && !_truncated[_agents[i]])
            {
                return i;
            }
        }
        return -1;
    }
}
