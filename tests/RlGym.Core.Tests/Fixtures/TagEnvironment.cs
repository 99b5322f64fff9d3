using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>
/// A two-agent parallel environment for tests: each agent adds its action (0..2) to a shared total and observes it;
/// agent "b" is terminated once the total reaches 4, agent "a" once it reaches 6.
/// </summary>
internal sealed class TagEnvironment : IParallelEnvironment<int, int>
{
    private static readonly string[] All = ["a", "b"];
    private readonly Dictionary<string, Discrete> _observationSpaces = new() { ["a"] = new Discrete(100), ["b"] = new Discrete(100) };
    private readonly Dictionary<string, Discrete> _actionSpaces = new() { ["a"] = new Discrete(3), ["b"] = new Discrete(3) };
    private readonly List<string> _agents = [];
    private int _total;

    public List<IReadOnlyDictionary<string, int>> StepsTaken { get; } = [];

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents => All;

    public IReadOnlyList<string> Agents => _agents;

    public RenderMode RenderMode => RenderMode.None;

    public ISpace<int> ObservationSpace(string agent) => _observationSpaces[agent];

    public ISpace<int> ActionSpace(string agent) => _actionSpaces[agent];

    public ParallelResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _total = 0;
        _agents.Clear();
        _agents.AddRange(All);
        return new ParallelResetResult<int>(
            All.ToDictionary(a => a, _ => 0),
            All.ToDictionary(a => a, _ => Info.Empty));
    }

    public ParallelStepResult<int> Step(IReadOnlyDictionary<string, int> actions)
    {
        StepsTaken.Add(new Dictionary<string, int>(actions));
        var acting = _agents.ToList();
        foreach (string agent in acting)
        {
            _total += actions[agent];
        }
        var terminated = acting.ToDictionary(a => a, a => _total >= (a == "a" ? 6 : 4));
        _agents.RemoveAll(a => terminated[a]);
        return new ParallelStepResult<int>(
            acting.ToDictionary(a => a, _ => _total),
            acting.ToDictionary(a => a, a => (double)actions[a]),
            terminated,
            acting.ToDictionary(a => a, _ => false),
            acting.ToDictionary(a => a, _ => Info.Empty));
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
