using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom.Environment;
using RlGym.Envs.Doom.Rendering;

namespace RlGym.Envs.Doom.Duel;

/// <summary>
/// <c>Doom/Duel-v0</c> as a PettingZoo-style parallel environment: agents <c>player1</c> and <c>player2</c> act at
/// once every step, each seeing its own first-person Dict observation (<see cref="DuelObservationLayout"/>) with the
/// opponent drawn as a sprite, and each choosing a Discrete action over combinations of the duel's buttons
/// (<see cref="DuelSettings.Buttons"/>, encoded as the single-player scenarios encode theirs). A step holds each
/// action for <c>frame_skip</c> tics and sums the rewards: +1 per frag, -1 per death (see <see cref="DoomEnvironments.DuelId"/>).
/// Nothing terminates a deathmatch; both agents are truncated when <c>episode_timeout</c> tics have passed. Reset
/// draws from the environment's xoshiro256** generator (the first start and both facings, then the pistol's damage
/// rolls and respawn facings as the episode runs), so a seed and the actions fix the whole episode. The allocation-free
/// path (<see cref="IBufferedParallelStep{TObs,TAction}"/>) fills the arrays of both players' Dicts in place.
/// </summary>
internal sealed class DoomDuelEnvironment : IParallelEnvironment<IReadOnlyDictionary<string, object>, int>, IBufferedParallelStep<IReadOnlyDictionary<string, object>, int>, IPrivileged<DoomDuelState>
{
    /// <summary>The first player's agent name.</summary>
    public const string Player1 = "player1";

    /// <summary>The second player's agent name.</summary>
    public const string Player2 = "player2";

    private static readonly IReadOnlyList<string> Everyone = Array.AsReadOnly([Player1, Player2]);

    private readonly Rng _rng = new();
    private readonly DuelSettings _settings;
    private readonly DuelWorld _world;
    private readonly DoomRenderer[] _renderers = new DoomRenderer[DuelWorld.Players];
    private readonly DuelObservationLayout _layout1, _layout2;
    private readonly Discrete _actions1, _actions2;
    private readonly ButtonCombos _combos;
    private readonly double[] _rewards = new double[DuelWorld.Players];
    private readonly EpisodeLifecycle _episode;

    public DoomDuelEnvironment(DuelSettings settings, RenderMode renderMode, EnvSpec? spec)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Enum.IsDefined(renderMode))
        {
            throw new ArgumentOutOfRangeException(nameof(renderMode), renderMode, "Doom/Duel renders as None, Ansi or RgbArray.");
        }
        _settings = settings;
        RenderMode = renderMode;
        Spec = spec;
        _episode = new EpisodeLifecycle(Name);
        _world = new DuelWorld(DoomMap.Resolve(settings.Map), settings.TimeoutTics);
        for (int i = 0; i < _renderers.Length; i++)
        {
            _renderers[i] = new DoomRenderer(settings.Screen, acidFloor: false);
        }
        _layout1 = new DuelObservationLayout(settings.Screen, settings.Variables);
        _layout2 = new DuelObservationLayout(settings.Screen, settings.Variables);
        _combos = new ButtonCombos(DuelSettings.Buttons, settings.MaxButtonsPressed);
        _actions1 = new Discrete(_combos.Count);
        _actions2 = new Discrete(_combos.Count);
    }

    public EnvSpec? Spec { get; }

    public IReadOnlyList<string> PossibleAgents => Everyone;

    public IReadOnlyList<string> Agents => _episode.IsLive ? Everyone : [];

    public RenderMode RenderMode { get; }

    public DoomDuelState PrivilegedState => new(_world);

    /// <summary>The buttons and their combinations, for agents that encode button masks.</summary>
    internal ButtonCombos Combos => _combos;

    private string Name => Spec?.Id ?? DoomEnvironments.DuelId;

    public ISpace<IReadOnlyDictionary<string, object>> ObservationSpace(string agent) => Index(agent) == 0 ? _layout1.Space : _layout2.Space;

    public ISpace<int> ActionSpace(string agent) => Index(agent) == 0 ? _actions1 : _actions2;

    /// <summary>The index (0 or 1) of <paramref name="agent"/>.</summary>
    /// <exception cref="ArgumentException">When the agent is neither player.</exception>
    public int Index(string agent) => agent switch
    {
        Player1 => 0,
        Player2 => 1,
        _ => throw new ArgumentException($"{Name} has no agent '{agent}'; its agents are {Player1} and {Player2}.", nameof(agent)),
    };

    public ParallelResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        Start(seed, options);
        return new ParallelResetResult<IReadOnlyDictionary<string, object>>(Observations(), Both(Info.Empty, Info.Empty));
    }

    public ParallelStepResult<IReadOnlyDictionary<string, object>> Step(IReadOnlyDictionary<string, int> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        _episode.EnsureLive();
        var (first, second) = Validate(actions);
        bool truncated = Advance(first, second);
        return new ParallelStepResult<IReadOnlyDictionary<string, object>>(
            Observations(),
            Both(_rewards[0], _rewards[1]),
            Both(false, false),
            Both(truncated, truncated),
            Both(Info.Empty, Info.Empty));
    }

    public bool CanStepInto => true;

    public IReadOnlyDictionary<string, object> AllocateObservation(int agent) => Layout(agent).Allocate();

    public void ResetInto(Span<IReadOnlyDictionary<string, object>> observations, Span<Info> infos, ulong? seed = null, EnvOptions? options = null)
    {
        RequireBuffers(observations, infos.Length, nameof(infos));
        Start(seed, options);
        _layout1.Fill(_renderers[0], _world.Fighter(0), observations[0]);
        _layout2.Fill(_renderers[1], _world.Fighter(1), observations[1]);
        infos[0] = infos[1] = Info.Empty;
    }

    public void StepInto(ReadOnlySpan<int> actions, Span<IReadOnlyDictionary<string, object>> observations, Span<StepOutcome> outcomes)
    {
        RequireBuffers(observations, outcomes.Length, nameof(outcomes));
        if (actions.Length != DuelWorld.Players)
        {
            throw new ArgumentException($"{Name}: got {actions.Length} actions; give one for each of {Player1} and {Player2}.", nameof(actions));
        }
        _episode.EnsureLive();
        EnvironmentErrors.ThrowIfInvalid(_actions1, actions[0]);
        EnvironmentErrors.ThrowIfInvalid(_actions2, actions[1]);
        bool truncated = Advance(_combos.MaskOf(actions[0]), _combos.MaskOf(actions[1]));
        _layout1.Fill(_renderers[0], _world.Fighter(0), observations[0]);
        _layout2.Fill(_renderers[1], _world.Fighter(1), observations[1]);
        outcomes[0] = new StepOutcome(_rewards[0], false, truncated, Info.Empty);
        outcomes[1] = new StepOutcome(_rewards[1], false, truncated, Info.Empty);
    }

    public Frame? Render()
    {
        _episode.EnsureNotDisposed();
        var screen = _settings.Screen;
        switch (RenderMode)
        {
            case RenderMode.Ansi:
                return Frame.FromText(AnsiFrame.Draw(_renderers[0].Frame, screen.Width, screen.Height, StatusLine()));
            case RenderMode.RgbArray:
                // Both views side by side: player1 on the left, player2 on the right.
                int width = screen.Width, height = screen.Height;
                var pixels = new byte[2 * width * height * 3];
                var view = new byte[width * height * 3];
                for (int p = 0; p < DuelWorld.Players; p++)
                {
                    FramePacker.PackRgb(_renderers[p].Frame, view);
                    for (int y = 0; y < height; y++)
                    {
                        view.AsSpan(y * width * 3, width * 3).CopyTo(pixels.AsSpan((y * 2 * width + p * width) * 3, width * 3));
                    }
                }
                return Frame.FromRgb(2 * width, height, pixels);
            default:
                return null;
        }
    }

    public void Dispose() => _episode.TryDispose();

    public override string ToString() => $"{Name}({_settings.Screen.Width}x{_settings.Screen.Height}, {_actions1} each, episode_timeout={_settings.TimeoutTics})";

    private void Start(ulong? seed, EnvOptions? options)
    {
        _episode.EnsureNotDisposed();
        options?.RequireKnown(Name + " reset");
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _world.Reset(_rng);
        Draw();
        _episode.Begin();
    }

    /// <summary>Holds both players' buttons for the frame skip, summing rewards into <see cref="_rewards"/>; true when the time-out ended the episode.</summary>
    private bool Advance(int buttons1, int buttons2)
    {
        Array.Clear(_rewards);
        bool truncated = false;
        for (int tic = 0; tic < _settings.FrameSkip; tic++)
        {
            _world.Tick(buttons1, buttons2, _rewards);
            if (_world.TimedOut)
            {
                truncated = true;
                break;
            }
        }
        Draw();
        if (truncated)
        {
            _episode.End();
        }
        return truncated;
    }

    private void Draw()
    {
        for (int p = 0; p < DuelWorld.Players; p++)
        {
            ref readonly DuelFighter f = ref _world.Fighter(p);
            _renderers[p].Render(_world.Map, f.X, f.Y, f.Angle, _world.SeenBy(p), f.Flash > 0, f.Ammo, f.Health, 0);
        }
    }

    private AgentPair<IReadOnlyDictionary<string, object>> Observations() =>
        Both<IReadOnlyDictionary<string, object>>(_layout1.Observe(_renderers[0], _world.Fighter(0)), _layout2.Observe(_renderers[1], _world.Fighter(1)));

    private (int First, int Second) Validate(IReadOnlyDictionary<string, int> actions)
    {
        foreach (string agent in actions.Keys)
        {
            if (agent is not (Player1 or Player2))
            {
                throw new ArgumentException($"{Name} has no agent '{agent}'; its agents are {Player1} and {Player2}.", nameof(actions));
            }
        }
        return (_combos.MaskOf(Action(actions, Player1, _actions1)), _combos.MaskOf(Action(actions, Player2, _actions2)));
    }

    private int Action(IReadOnlyDictionary<string, int> actions, string agent, Discrete space)
    {
        if (!actions.TryGetValue(agent, out int action))
        {
            throw new ArgumentException($"{Name}: no action for the live agent '{agent}'; give one for each of {Player1} and {Player2}.", nameof(actions));
        }
        if (!space.Contains(action))
        {
            throw new InvalidActionException(space, action, agent);
        }
        return action;
    }

    private DuelObservationLayout Layout(int agent) => agent switch
    {
        0 => _layout1,
        1 => _layout2,
        _ => throw new ArgumentOutOfRangeException(nameof(agent), agent, $"{Name} has agents 0 ({Player1}) and 1 ({Player2})."),
    };

    private void RequireBuffers(Span<IReadOnlyDictionary<string, object>> observations, int results, string resultsName)
    {
        if (observations.Length != DuelWorld.Players || results != DuelWorld.Players)
        {
            throw new ArgumentException($"{Name}: the buffers have {observations.Length} observations and {results} {resultsName}; give one of each for {Player1} and {Player2}.", observations.Length != DuelWorld.Players ? nameof(observations) : resultsName);
        }
        if (!_layout1.Fits(observations[0]) || !_layout2.Fits(observations[1]))
        {
            throw new ArgumentException($"{Name}: an observation buffer is not one AllocateObservation made ({_layout1.Space} each).", nameof(observations));
        }
    }

    private string StatusLine()
    {
        var state = PrivilegedState;
        var (a, b) = (state.Player(0), state.Player(1));
        return $"{Name}  tic {_world.Tic}/{_world.TimeoutTics}  player1: health {a.Health} frags {a.FragCount}{(a.Dead ? " DEAD" : "")}  player2: health {b.Health} frags {b.FragCount}{(b.Dead ? " DEAD" : "")}";
    }

    private static AgentPair<T> Both<T>(T first, T second) => new(Everyone, first, second);
}
