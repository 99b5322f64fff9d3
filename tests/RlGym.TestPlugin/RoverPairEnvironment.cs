using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// Two rovers, <c>left</c> and <c>right</c>, moving at once (left draws its noise first) for the option <c>steps</c>
/// (default 8) moves. <typeparamref name="TAction"/> is the Dict action itself (Plugin/RoverPair-v0) or an integer
/// standing for one (Plugin/RoverPairIndexed-v0, which <c>rlgym trace</c> can replay).
/// </summary>
internal sealed class RoverPairEnvironment<TAction> : IParallelEnvironment<float[], TAction>
{
    private static readonly string[] Names = ["left", "right"];
    private readonly Rng _rng = new(0);
    private readonly Rover[] _rovers = [new(), new()];
    private readonly ISpace<float[]> _observationSpace = Rover.ObservationSpace();
    private readonly ISpace<TAction> _actionSpace;
    private readonly Func<TAction, IReadOnlyDictionary<string, object>> _toDict;
    private readonly int _steps;
    private readonly string _id;
    private string[] _agents = [];
    private int _taken;

    public RoverPairEnvironment(string id, EnvOptions options, ISpace<TAction> actionSpace, Func<TAction, IReadOnlyDictionary<string, object>> toDict)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequireKnown(id, "steps");
        _steps = options.GetInt("steps", 8, min: 1);
        _id = id;
        _actionSpace = actionSpace;
        _toDict = toDict;
    }

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents => Names;

    public IReadOnlyList<string> Agents => _agents;

    public RenderMode RenderMode => RenderMode.None;

    public ISpace<float[]> ObservationSpace(string agent) => Names.Contains(agent) ? _observationSpace : throw new ArgumentException($"'{agent}' is not an agent of {_id}.", nameof(agent));

    public ISpace<TAction> ActionSpace(string agent) => Names.Contains(agent) ? _actionSpace : throw new ArgumentException($"'{agent}' is not an agent of {_id}.", nameof(agent));

    public ParallelResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _taken = 0;
        _agents = Names;
        var observations = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 0; i < Names.Length; i++)
        {
            observations[Names[i]] = _rovers[i].Reset(_rng);
        }
        return new ParallelResetResult<float[]>(observations, Names.ToDictionary(n => n, _ => Info.Empty));
    }

    public ParallelStepResult<float[]> Step(IReadOnlyDictionary<string, TAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (_agents.Length == 0)
        {
            throw EnvironmentErrors.StepAfterEnd(_id);
        }
        var observations = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var rewards = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string name in Names)
        {
            if (!actions.TryGetValue(name, out var action))
            {
                throw new ArgumentException($"Live agent '{name}' has no action.", nameof(actions));
            }
            EnvironmentErrors.ThrowIfInvalid(_actionSpace, action);
        }
        for (int i = 0; i < Names.Length; i++)
        {
            (observations[Names[i]], rewards[Names[i]]) = _rovers[i].Step(_toDict(actions[Names[i]]), _rng);
        }
        bool over = ++_taken >= _steps;
        _agents = over ? [] : Names;
        return new ParallelStepResult<float[]>(observations, rewards, Names.ToDictionary(n => n, _ => over),
            Names.ToDictionary(n => n, _ => false), Names.ToDictionary(n => n, _ => Info.Empty));
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
