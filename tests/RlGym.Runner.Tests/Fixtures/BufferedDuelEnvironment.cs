using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>
/// <see cref="DuelEnvironment"/>'s rules with the allocation-free path as well; counts the calls each path gets, so a
/// test can tell which one a caller took.
/// </summary>
public sealed class BufferedDuelEnvironment : IParallelEnvironment<int, int>, IBufferedParallelStep<int, int>
{
    private readonly DuelEnvironment _rules = new();
    private readonly Dictionary<string, int> _actions = new(StringComparer.Ordinal);

    public int PlainSteps { get; private set; }

    public int BufferedSteps { get; private set; }

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents => _rules.PossibleAgents;

    public IReadOnlyList<string> Agents => _rules.Agents;

    public RenderMode RenderMode => RenderMode.None;

    public bool CanStepInto => true;

    public ISpace<int> ObservationSpace(string agent) => _rules.ObservationSpace(agent);

    public ISpace<int> ActionSpace(string agent) => _rules.ActionSpace(agent);

    public ParallelResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null) => _rules.Reset(seed, options);

    public ParallelStepResult<int> Step(IReadOnlyDictionary<string, int> actions)
    {
        PlainSteps++;
        return _rules.Step(actions);
    }

    public int AllocateObservation(int agent) => 0;

    public void ResetInto(Span<int> observations, Span<Info> infos, ulong? seed = null, EnvOptions? options = null)
    {
        var reset = _rules.Reset(seed, options);
        for (int i = 0; i < PossibleAgents.Count; i++)
        {
            observations[i] = reset.Observations[PossibleAgents[i]];
            infos[i] = reset.Infos[PossibleAgents[i]];
        }
    }

    public void StepInto(ReadOnlySpan<int> actions, Span<int> observations, Span<StepOutcome> outcomes)
    {
        BufferedSteps++;
        _actions.Clear();
        foreach (string agent in _rules.Agents)
        {
            _actions[agent] = actions[Index(agent)];
        }
        var result = _rules.Step(_actions);
        outcomes.Clear();
        foreach (var (agent, observation) in result.Observations)
        {
            int i = Index(agent);
            observations[i] = observation;
            outcomes[i] = new StepOutcome(result.Rewards[agent], result.Terminations[agent], result.Truncations[agent], result.Infos[agent]);
        }
    }

    public Frame? Render() => null;

    public void Dispose() => _rules.Dispose();

    private int Index(string agent) => agent == PossibleAgents[0] ? 0 : 1;
}
