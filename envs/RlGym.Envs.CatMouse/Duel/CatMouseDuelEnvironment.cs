using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;
using RlGym.Envs.CatMouse.Rendering;
using RlGym.Envs.CatMouse.Single;

namespace RlGym.Envs.CatMouse.Duel;

/// <summary>
/// CatMouseDuel-v0: the cat and the mouse both move one cell every tick (Discrete(4) each, clamped at the walls) and
/// both see the same <see cref="CatMouseObservation"/>.
/// <para>
/// A catch is the two on one cell after the moves (or, with option <c>catch_radius</c> R, within Manhattan distance R
/// of each other), or the two having swapped cells (they ran through each other): the cat gets +1, the mouse -1 and both terminate. Otherwise, when the tick count reaches <c>max_steps</c> (default
/// 20) the mouse has escaped: the mouse gets +1, the cat -1 and both are truncated. Every other tick gives 0 to both,
/// so rewards always sum to zero. A catch on the last tick counts as a catch.
/// </para>
/// <para>
/// Reset draws cat x, cat y, mouse x, mouse y from the environment's generator, redrawing the mouse's cell while it
/// is within the catch radius of the cat's (a duel never starts caught). Reset options <c>cat_x, cat_y, mouse_x,
/// mouse_y</c> place the pieces farther apart than the catch radius and draw nothing. The rules the options set are
/// privileged state too (<see cref="CatMouseDuelRules"/>).
/// </para>
/// <para>
/// The allocation-free path (<see cref="IBufferedParallelStep{TObs,TAction}"/>) writes the observation (a value) into
/// the caller's span and the outcomes beside it; the plain path wraps the same values in per-agent maps.
/// </para>
/// </summary>
internal sealed class CatMouseDuelEnvironment : IParallelEnvironment<CatMouseObservation, int>, IBufferedParallelStep<CatMouseObservation, int>, IPrivileged<CatMouseState>, IPrivileged<CatMouseDuelRules>
{
    /// <summary>The cat's agent name.</summary>
    public const string Cat = "cat";

    /// <summary>The mouse's agent name.</summary>
    public const string Mouse = "mouse";

    private static readonly IReadOnlyList<string> Everyone = Array.AsReadOnly([Cat, Mouse]);

    private readonly DuelSettings _settings;
    private readonly Rng _rng = new();
    private readonly CatMouseObservationSpace _catObservations, _mouseObservations;
    private readonly Discrete _catActions = new(4), _mouseActions = new(4);
    private readonly Trail? _mouseTrail, _catTrail;
    private int _catX, _catY, _mouseX, _mouseY, _step;
    private readonly EpisodeLifecycle _episode;

    public CatMouseDuelEnvironment(DuelSettings settings, RenderMode renderMode, EnvSpec? spec)
    {
        if (!Enum.IsDefined(renderMode))
        {
            throw new ArgumentOutOfRangeException(nameof(renderMode), renderMode, "CatMouseDuel renders as None, Ansi or RgbArray.");
        }
        _settings = settings;
        RenderMode = renderMode;
        Spec = spec;
        _episode = new EpisodeLifecycle(Name);
        _catObservations = new CatMouseObservationSpace(settings.Width, settings.Height);
        _mouseObservations = new CatMouseObservationSpace(settings.Width, settings.Height);
        if (renderMode == RenderMode.RgbArray)
        {
            _mouseTrail = new Trail();
            _catTrail = new Trail();
        }
    }

    public EnvSpec? Spec { get; }

    public IReadOnlyList<string> PossibleAgents => Everyone;

    public IReadOnlyList<string> Agents => _episode.IsLive ? Everyone : [];

    public RenderMode RenderMode { get; }

    public CatMouseState PrivilegedState => new(_catX, _catY, _mouseX, _mouseY, _settings.Width, _settings.Height, _step);

    CatMouseDuelRules IPrivileged<CatMouseDuelRules>.PrivilegedState => _settings.Rules;

    private string Name => Spec?.Id ?? "CatMouseDuel";

    public ISpace<CatMouseObservation> ObservationSpace(string agent) => IsCat(agent) ? _catObservations : _mouseObservations;

    public ISpace<int> ActionSpace(string agent) => IsCat(agent) ? _catActions : _mouseActions;

    public ParallelResetResult<CatMouseObservation> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        Start(seed, options);
        var observation = PrivilegedState.Observation;
        return new ParallelResetResult<CatMouseObservation>(Both(observation, observation), Both(Info.Empty, Info.Empty));
    }

    public ParallelStepResult<CatMouseObservation> Step(IReadOnlyDictionary<string, int> actions)
    {
        _episode.EnsureLive();
        ArgumentNullException.ThrowIfNull(actions);
        var (catAction, mouseAction) = Validate(actions);
        var (catReward, caught, escaped) = Advance(catAction, mouseAction);
        var observation = PrivilegedState.Observation;
        return new ParallelStepResult<CatMouseObservation>(
            Both(observation, observation),
            Both(catReward, -catReward),
            Both(caught, caught),
            Both(escaped, escaped),
            Both(Info.Empty, Info.Empty));
    }

    public bool CanStepInto => true;

    public CatMouseObservation AllocateObservation(int agent) => agent is 0 or 1
        ? default
        : throw new ArgumentOutOfRangeException(nameof(agent), agent, $"{Name} has agents 0 ({Cat}) and 1 ({Mouse}).");

    public void ResetInto(Span<CatMouseObservation> observations, Span<Info> infos, ulong? seed = null, EnvOptions? options = null)
    {
        RequirePairs(observations.Length, infos.Length, nameof(infos));
        Start(seed, options);
        observations[0] = observations[1] = PrivilegedState.Observation;
        infos[0] = infos[1] = Info.Empty;
    }

    public void StepInto(ReadOnlySpan<int> actions, Span<CatMouseObservation> observations, Span<StepOutcome> outcomes)
    {
        RequirePairs(observations.Length, outcomes.Length, nameof(outcomes));
        if (actions.Length != 2)
        {
            throw new ArgumentException($"{Name}: got {actions.Length} actions; give one for each of {Cat} and {Mouse}.", nameof(actions));
        }
        _episode.EnsureLive();
        EnvironmentErrors.ThrowIfInvalid(_catActions, actions[0]);
        EnvironmentErrors.ThrowIfInvalid(_mouseActions, actions[1]);
        var (catReward, caught, escaped) = Advance((Direction)actions[0], (Direction)actions[1]);
        observations[0] = observations[1] = PrivilegedState.Observation;
        outcomes[0] = new StepOutcome(catReward, caught, escaped, Info.Empty);
        outcomes[1] = new StepOutcome(-catReward, caught, escaped, Info.Empty);
    }

    private void Start(ulong? seed, EnvOptions? options)
    {
        _episode.EnsureNotDisposed();
        int width = _settings.Width, height = _settings.Height;
        Placement? placed = Placement.FromOptions(Name, options, width, height);
        if (placed is { } p && CatMouseRules.Distance(p.CatX, p.CatY, p.MouseX, p.MouseY) <= _settings.CatchRadius)
        {
            throw new UserInputException(
                _settings.CatchRadius == 0
                    ? $"{Name} reset options put the cat and the mouse both on ({p.CatX}, {p.CatY}); a duel starts with them on different cells."
                    : $"{Name} reset options put the cat on ({p.CatX}, {p.CatY}) and the mouse on ({p.MouseX}, {p.MouseY}), within catch_radius {_settings.CatchRadius}; a duel starts with them farther apart.");
        }
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        var start = placed ?? Draw(width, height);
        (_catX, _catY, _mouseX, _mouseY) = (start.CatX, start.CatY, start.MouseX, start.MouseY);
        _step = 0;
        _episode.Begin();
        _mouseTrail?.Clear();
        _catTrail?.Clear();
        _mouseTrail?.Add(_mouseX, _mouseY);
        _catTrail?.Add(_catX, _catY);
    }

    private (double CatReward, bool Caught, bool Escaped) Advance(Direction catAction, Direction mouseAction)
    {
        int oldCatX = _catX, oldCatY = _catY, oldMouseX = _mouseX, oldMouseY = _mouseY;
        (_catX, _catY) = CatMouseRules.Move(_catX, _catY, catAction, _settings.Width, _settings.Height);
        (_mouseX, _mouseY) = CatMouseRules.Move(_mouseX, _mouseY, mouseAction, _settings.Width, _settings.Height);
        _step++;
        _catTrail?.Add(_catX, _catY);
        _mouseTrail?.Add(_mouseX, _mouseY);
        bool caught = _settings.Rules.IsCatch(oldCatX, oldCatY, oldMouseX, oldMouseY, _catX, _catY, _mouseX, _mouseY);
        bool escaped = !caught && _step >= _settings.MaxSteps;
        double catReward = caught ? 1.0 : escaped ? -1.0 : 0.0;
        if (caught || escaped)
        {
            _episode.End();
        }
        return (catReward, caught, escaped);
    }

    private void RequirePairs(int observations, int results, string resultsName)
    {
        if (observations != 2 || results != 2)
        {
            throw new ArgumentException($"{Name}: the buffers have {observations} observations and {results} {resultsName}; give one of each for {Cat} and {Mouse}.", observations != 2 ? "observations" : resultsName);
        }
    }

    public Frame? Render()
    {
        _episode.EnsureNotDisposed();
        return RenderMode switch
        {
            RenderMode.Ansi => CatMouseRenderer.Ansi(PrivilegedState),
            RenderMode.RgbArray => CatMouseRenderer.Rgb(_settings.Width, _settings.Height, _mouseTrail!, _catTrail!),
            _ => null,
        };
    }

    public void Dispose() => _episode.TryDispose();

    public override string ToString() => $"{Name}({_settings.Width}x{_settings.Height}, max_steps={_settings.MaxSteps}, catch_radius={_settings.CatchRadius})";

    private Placement Draw(int width, int height)
    {
        var start = Placement.Draw(_rng, width, height);
        while (CatMouseRules.Distance(start.CatX, start.CatY, start.MouseX, start.MouseY) <= _settings.CatchRadius)
        {
            start = start with { MouseX = _rng.NextInt(width), MouseY = _rng.NextInt(height) };
        }
        return start;
    }

    private (Direction Cat, Direction Mouse) Validate(IReadOnlyDictionary<string, int> actions)
    {
        foreach (string agent in actions.Keys)
        {
            if (agent is not (Cat or Mouse))
            {
                throw new ArgumentException($"{Name} has no agent '{agent}'; its agents are {Cat} and {Mouse}.", nameof(actions));
            }
        }
        return (Action(actions, Cat, _catActions), Action(actions, Mouse, _mouseActions));
    }

    private Direction Action(IReadOnlyDictionary<string, int> actions, string agent, Discrete space)
    {
        if (!actions.TryGetValue(agent, out int action))
        {
            throw new ArgumentException($"{Name}: no action for the live agent '{agent}'; give one for each of {Cat} and {Mouse}.", nameof(actions));
        }
        if (!space.Contains(action))
        {
            throw new InvalidActionException(space, action, agent);
        }
        return (Direction)action;
    }

    private bool IsCat(string agent) => agent switch
    {
        Cat => true,
        Mouse => false,
        _ => throw new ArgumentException($"{Name} has no agent '{agent}'; its agents are {Cat} and {Mouse}.", nameof(agent)),
    };

    private static AgentPair<T> Both<T>(T cat, T mouse) => new(Everyone, cat, mouse);
}
