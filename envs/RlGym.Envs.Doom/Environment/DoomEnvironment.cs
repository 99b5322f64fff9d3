using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;
using RlGym.Envs.Doom.Recording;
using RlGym.Envs.Doom.Rendering;
using RlGym.Envs.Doom.World;

namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// A Doom scenario as an environment. Observations are shaped as ViZDoom's Gymnasium wrapper shapes them
/// (<see cref="DoomObservationLayout"/>): a fresh Dict per step of <c>screen</c> (height, width, 3) RGB or (height,
/// width, 1) grey bytes, the scenario's <c>gamevariables</c> as float32, and <c>depth</c>, <c>labels</c> and
/// <c>automap</c> when asked. A step holds the action's buttons for <c>frame_skip</c> tics and
/// returns the summed reward; the episode terminates on death, at the goal, when Basic's monster dies or when
/// PredictPosition's rocket is spent, and is truncated when the scenario's time-out (in tics) is reached (ViZDoom
/// calls that a termination; Gymnasium's truncation is the honest name for a cut-off from outside the task). The privileged state (<see cref="DoomState"/>) is for
/// teachers. Reset draws from the environment's xoshiro256** generator: the start, random facings, spawns and drops,
/// then monster rolls and damage as the episode runs. <see cref="StepInto"/> writes the observation's parts into the
/// caller's buffer instead (the layout's byte order), allocating nothing per step.
/// </summary>
/// <typeparam name="TAction">int for Discrete actions over button combinations, byte[] for MultiBinary.</typeparam>
internal abstract class DoomEnvironment<TAction> : IEnvironment<IReadOnlyDictionary<string, object>, TAction>, IBufferedStep<TAction>, IPrivileged<DoomState>, IKeyMap<TAction>
{
    private readonly Rng _rng = new();
    private readonly DoomWorld _world;
    private readonly DoomRenderer _renderer;
    private readonly DoomSettings _settings;
    private readonly EpisodeRecorder? _recorder;
    private readonly DoomObservationLayout _layout;
    private readonly EpisodeLifecycle _episode;

    protected DoomEnvironment(DoomScenario scenario, DoomSettings settings, RenderMode renderMode, EnvSpec? spec)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        if (!Enum.IsDefined(renderMode))
        {
            throw new ArgumentOutOfRangeException(nameof(renderMode), renderMode, "Doom renders as None, Ansi or RgbArray.");
        }
        _settings = settings;
        Spec = spec;
        RenderMode = renderMode;
        _world = new DoomWorld(scenario, DoomMap.Resolve(settings.Map));
        _episode = new EpisodeLifecycle(Name);
        _renderer = new DoomRenderer(settings.Screen, scenario.AcidFloor, scenario.Weapon);
        var screen = settings.Screen;
        _layout = new DoomObservationLayout(screen, settings.Observation, _world.Map, scenario.Weapon);
        Combos = new ButtonCombos(scenario.Buttons, settings.MaxButtonsPressed);
        if (settings.RecordDirectory is string directory)
        {
            _recorder = new EpisodeRecorder(directory, scenario.Id, screen.Width, screen.Height, settings.FrameSkip);
        }
    }

    /// <inheritdoc />
    public EnvSpec? Spec { get; }

    /// <inheritdoc />
    public ISpace<IReadOnlyDictionary<string, object>> ObservationSpace => _layout.Space;

    /// <inheritdoc />
    public abstract ISpace<TAction> ActionSpace { get; }

    /// <inheritdoc />
    public RenderMode RenderMode { get; }

    /// <inheritdoc />
    public DoomState PrivilegedState => new(_world, _renderer);

    /// <summary>The scenario's buttons and their combinations.</summary>
    internal ButtonCombos Combos { get; }

    /// <summary>The scenario's buttons, in action order.</summary>
    internal IReadOnlyList<DoomButton> Buttons => _world.Scenario.Buttons;

    /// <inheritdoc />
    public string KeyHelp => DoomKeys.Help(Buttons);

    private string Name => Spec?.Id ?? _world.Scenario.Id;

    /// <inheritdoc />
    public bool CanStepInto => true;

    /// <inheritdoc />
    public int ObservationLength => _layout.Length;

    /// <inheritdoc />
    public ResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        Start(seed, options);
        return new ResetResult<IReadOnlyDictionary<string, object>>(Observe(), GameVariables());
    }

    /// <inheritdoc />
    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        RequireLength(observation);
        Start(seed, options);
        _layout.Write(_renderer, _world, observation);
        return GameVariables();
    }

    /// <inheritdoc />
    public StepResult<IReadOnlyDictionary<string, object>> Step(TAction action)
    {
        var (reward, terminated, truncated) = Advance(action);
        return new StepResult<IReadOnlyDictionary<string, object>>(Observe(), reward, terminated, truncated, GameVariables());
    }

    /// <inheritdoc />
    public StepOutcome StepInto(TAction action, Span<byte> observation)
    {
        RequireLength(observation);
        var (reward, terminated, truncated) = Advance(action);
        _layout.Write(_renderer, _world, observation);
        return new StepOutcome(reward, terminated, truncated, GameVariables());
    }

    /// <summary>A new observation for <see cref="ResetKeep"/> and <see cref="StepKeep"/> to fill again and again (the vector's).</summary>
    internal Dictionary<string, object> AllocateObservation() => _layout.Allocate();

    /// <summary>Starts an episode as <see cref="Reset"/> does, filling the arrays of <paramref name="observation"/>.</summary>
    internal Info ResetKeep(IReadOnlyDictionary<string, object> observation, ulong? seed, EnvOptions? options)
    {
        Start(seed, options);
        _layout.Fill(_renderer, _world, observation);
        return GameVariables();
    }

    /// <summary>Steps as <see cref="Step"/> does, filling the arrays of <paramref name="observation"/>.</summary>
    internal StepOutcome StepKeep(TAction action, IReadOnlyDictionary<string, object> observation)
    {
        var (reward, terminated, truncated) = Advance(action);
        _layout.Fill(_renderer, _world, observation);
        return new StepOutcome(reward, terminated, truncated, GameVariables());
    }

    private void Start(ulong? seed, EnvOptions? options)
    {
        _episode.EnsureNotDisposed();
        options?.RequireKnown(Name + " reset");
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _recorder?.Finish();
        _world.Reset(_rng);
        _renderer.Render(_world);
        _episode.Begin();
        _recorder?.Begin(_renderer.Frame);
    }

    private (double Reward, bool Terminated, bool Truncated) Advance(TAction action)
    {
        _episode.EnsureLive();
        int buttons = Decode(action);
        double reward = 0;
        bool terminated = false, truncated = false;
        for (int tic = 0; tic < _settings.FrameSkip; tic++)
        {
            var result = _world.Tick(buttons);
            reward += result.Reward;
            if (result.Terminated)
            {
                terminated = true;
                break;
            }
            if (_world.TimedOut)
            {
                truncated = true;
                break;
            }
        }
        _renderer.Render(_world);
        _recorder?.Add(_renderer.Frame);
        if (terminated || truncated)
        {
            _episode.End();
            _recorder?.Finish();
        }
        return (reward, terminated, truncated);
    }

    private void RequireLength(Span<byte> observation)
    {
        if (observation.Length != _layout.Length)
        {
            throw new ArgumentException(
                $"{Name}: the observation buffer has {observation.Length} bytes; expected {_layout.Length} ({ObservationSpace}, its parts one after another).", nameof(observation));
        }
    }

    /// <inheritdoc />
    public Frame? Render()
    {
        _episode.EnsureNotDisposed();
        var screen = _settings.Screen;
        switch (RenderMode)
        {
            case RenderMode.Ansi:
                return Frame.FromText(AnsiFrame.Draw(_renderer.Frame, screen.Width, screen.Height, StatusLine()));
            case RenderMode.RgbArray:
                var pixels = new byte[screen.Width * screen.Height * 3];
                FramePacker.PackRgb(_renderer.Frame, pixels);
                return Frame.FromRgb(screen.Width, screen.Height, pixels);
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public bool TryMapKey(ConsoleKeyInfo key, out TAction action)
    {
        if (DoomKeys.TryMask(key, Buttons, out int mask) && TryEncode(mask, out action))
        {
            return true;
        }
        action = default!;
        return false;
    }

    /// <summary>The action holding exactly the buttons in <paramref name="mask"/>; false when the action space has no such action.</summary>
    internal abstract bool TryEncode(int mask, out TAction action);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_episode.TryDispose())
        {
            _recorder?.Finish();
        }
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({_settings.Screen.Width}x{_settings.Screen.Height}, {ActionSpace})";

    /// <summary>The world's button mask for <paramref name="action"/>.</summary>
    /// <exception cref="InvalidActionException">When the action is not in <see cref="ActionSpace"/>.</exception>
    protected abstract int Decode(TAction action);

    private Dictionary<string, object> Observe()
    {
        var observation = _layout.Allocate();
        _layout.Fill(_renderer, _world, observation);
        return observation;
    }

    private Info GameVariables()
    {
        if (!_settings.GameVariables)
        {
            return Info.Empty;
        }
        var p = _world.Player;
        return Info.From(
        [
            new("health", (double)p.Health),
            new("armor", (double)p.Armor),
            new("ammo", (double)p.Ammo),
            new("kill_count", (double)p.KillCount),
        ]);
    }

    private string StatusLine()
    {
        var p = _world.Player;
        return $"{Name}  tic {_world.Tic}/{(_world.Scenario.TimeoutTics > 0 ? _world.Scenario.EpisodeStartTics + _world.Scenario.TimeoutTics : "-")}  health {p.Health}  armor {p.Armor}  ammo {p.Ammo}  kills {p.KillCount}{(p.Dead ? "  DEAD" : "")}";
    }
}
