using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>
/// A two-role parallel environment: the first role earns 1 a step and is truncated after 3 steps; the second
/// earns its action and terminates after 2 steps, leaving the first to play the third step alone.
/// </summary>
public sealed class DuelEnvironment(string first = "a", string second = "b") : IParallelEnvironment<int, int>
{
    private readonly Discrete _observations = new(10);
    private readonly Discrete _actions = new(3);
    private List<string> _live = [];
    private int _step;

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents { get; } = [first, second];

    public IReadOnlyList<string> Agents => _live;

    public RenderMode RenderMode => RenderMode.None;

    public ISpace<int> ObservationSpace(string agent) => _observations;

    public ISpace<int> ActionSpace(string agent) => _actions;

    public ParallelResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _live = [first, second];
        _step = 0;
        return new ParallelResetResult<int>(
            new Dictionary<string, int> { [first] = 0, [second] = 0 },
            new Dictionary<string, Info> { [first] = Info.Empty, [second] = Info.Empty });
    }

    public ParallelStepResult<int> Step(IReadOnlyDictionary<string, int> actions)
    {
        if (actions.Count != _live.Count || _live.Any(a => !actions.ContainsKey(a)))
        {
            throw new ArgumentException($"Expected actions for {string.Join(", ", _live)}; got {string.Join(", ", actions.Keys)}.");
        }
        _step++;
        var observations = new Dictionary<string, int>();
        var rewards = new Dictionary<string, double>();
        var terminations = new Dictionary<string, bool>();
        var truncations = new Dictionary<string, bool>();
        var infos = new Dictionary<string, Info>();
        foreach (string agent in _live)
        {
            observations[agent] = _step;
            rewards[agent] = agent == first ? 1 : actions[agent];
            terminations[agent] = agent == second && _step >= 2;
            truncations[agent] = agent == first && _step >= 3;
            infos[agent] = Info.Empty;
        }
        _live = [.. _live.Where(a => !terminations[a] && !truncations[a])];
        return new ParallelStepResult<int>(observations, rewards, terminations, truncations, infos);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
