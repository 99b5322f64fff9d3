using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Tests.Toys;

/// <summary>
/// A correct parallel environment (unless given a flaw): three runners each some distance from the finish.
/// Action 0 walks one cell, 1 runs two but stumbles (no progress) with probability 0.3. A runner that finishes
/// is terminated and leaves Agents; everyone left is truncated after 12 steps.
/// </summary>
public sealed class Relay(RenderMode renderMode = RenderMode.None, RelayFlaw flaw = RelayFlaw.None) : IParallelEnvironment<int[], int>
{
    public const int StepLimit = 12;

    private static readonly string[] Runners = ["r0", "r1", "r2"];
    private readonly Dictionary<string, Box<int>> _observations = Runners.ToDictionary(r => r, _ => new Box<int>(0, 20, 1));
    private readonly Dictionary<string, Discrete> _actions = Runners.ToDictionary(r => r, _ => new Discrete(2));
    private readonly Dictionary<string, int> _distance = [];
    private readonly List<string> _agents = [];
    private readonly Rng _rng = new(0);
    private string? _firstFinisher;
    private int _sinceFirstFinish;
    private int _steps;
    private bool _started;

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents => Runners;

    public IReadOnlyList<string> Agents => _agents;

    public RenderMode RenderMode => renderMode;

    public ISpace<int[]> ObservationSpace(string agent) =>
        flaw == RelayFlaw.FreshSpaceEachCall ? new Box<int>(0, 20, 1) : _observations.GetValueOrDefault(agent) ?? throw Unknown(agent);

    public ISpace<int> ActionSpace(string agent) => _actions.GetValueOrDefault(agent) ?? throw Unknown(agent);

    public ParallelResetResult<int[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (flaw == RelayFlaw.IgnoresResetSeed)
        {
            _rng.Reseed(Rng.EntropySeed());
        }
        else if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _agents.Clear();
        _agents.AddRange(Runners);
        foreach (string runner in Runners)
        {
            _distance[runner] = 3 + _rng.NextInt(6);
        }
        (_firstFinisher, _sinceFirstFinish, _steps, _started) = (null, 0, 0, true);
        return new ParallelResetResult<int[]>(
            _agents.ToDictionary(a => a, a => new[] { _distance[a] }),
            _agents.ToDictionary(a => a, _ => Info.Empty));
    }

    public ParallelStepResult<int[]> Step(IReadOnlyDictionary<string, int> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (!_started)
        {
            throw EnvironmentErrors.StepBeforeReset(nameof(Relay));
        }
        if (_agents.Count == 0)
        {
            throw EnvironmentErrors.StepAfterEnd(nameof(Relay));
        }
        foreach (var (agent, action) in actions)
        {
            if (!_agents.Contains(agent))
            {
                if (flaw == RelayFlaw.IgnoresUnknownAgents)
                {
                    continue;
                }
                throw new ArgumentException($"Agent '{agent}' is not live; the live agents are {string.Join(", ", _agents)}.", nameof(actions));
            }
            if (!_actions[agent].Contains(action))
            {
                throw new InvalidActionException(_actions[agent], action, agent);
            }
        }
        foreach (string agent in _agents)
        {
            if (!actions.ContainsKey(agent))
            {
                throw new ArgumentException($"Live agent '{agent}' has no action.", nameof(actions));
            }
        }

        _steps++;
        var acted = _agents.ToList();
        var observations = new Dictionary<string, int[]>();
        var rewards = new Dictionary<string, double>();
        var terminations = new Dictionary<string, bool>();
        var truncations = new Dictionary<string, bool>();
        foreach (string agent in acted)
        {
            int progress = actions[agent] == 0 ? 1 : _rng.NextDouble() < 0.3 ? 0 : 2;
            _distance[agent] = Math.Max(0, _distance[agent] - progress);
            bool finished = _distance[agent] == 0;
            observations[agent] = [_distance[agent]];
            terminations[agent] = finished;
            truncations[agent] = !finished && _steps >= StepLimit;
            if (!(finished && flaw == RelayFlaw.OmitsRewardOfFinisher))
            {
                rewards[agent] = finished ? 1.0 : 0.0;
            }
            if (finished || truncations[agent])
            {
                _agents.Remove(agent);
                _firstFinisher ??= finished ? agent : null;
            }
        }
        if (flaw == RelayFlaw.RevivesFinishedRunner && _firstFinisher is string first && ++_sinceFirstFinish == 3 && _agents.Count > 0)
        {
            _distance[first] = 1;
            _agents.Add(first);
        }
        return new ParallelStepResult<int[]>(observations, rewards, terminations, truncations, acted.ToDictionary(a => a, _ => Info.Empty));
    }

    public Frame? Render() => renderMode == RenderMode.Ansi
        ? Frame.FromText(string.Join("\n", Runners.Select(r => $"{r} {new string('-', _distance.GetValueOrDefault(r))}|")))
        : null;

    public void Dispose()
    {
    }

    private static ArgumentException Unknown(string agent) =>
        new($"'{agent}' is not an agent of Relay; its agents are {string.Join(", ", Runners)}.", nameof(agent));
}
