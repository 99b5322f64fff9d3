using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;
using RlGym.Envs.CatMouse.Rendering;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>
/// CatMouse-v0 without wrappers: the seed's world with a stationary cat and a mouse that moves one cell a step,
/// clamped at the walls. The raw environment has no time limit (Make adds the seed's 10 moves).
/// <para>
/// Reward: the change in Manhattan distance between the mouse and the cat: +1 for a move away, -1 for a move
/// closer, 0 when a wall keeps the mouse in place. A move that ends on the cat's cell (including a blocked move
/// from a start on the cat's cell) gives <see cref="CatMouseRules.CaughtReward"/> (-10) and terminates.
/// Info is <see cref="Info.Empty"/> on every reset and step.
/// </para>
/// <para>
/// Reset draws the start cells from the environment's <see cref="Rng"/> (xoshiro256**) in the seed's order: cat x,
/// cat y, mouse x, mouse y. Reset options <c>cat_x, cat_y, mouse_x, mouse_y</c> (all four or none) place the pieces
/// instead and draw nothing.
/// </para>
/// </summary>
/// <typeparam name="TAction">The action type: int for Discrete(4), float[] for the compass.</typeparam>
internal abstract class CatMouseEnvironment<TAction> : IEnvironment<CatMouseObservation, TAction>, IPrivileged<CatMouseState>
{
    private readonly Rng _rng = new();
    private readonly Trail? _mouseTrail;
    private readonly Trail? _catTrail;
    private readonly int _width;
    private readonly int _height;
    private int _catX, _catY, _mouseX, _mouseY, _step;
    private readonly EpisodeLifecycle _episode;

    protected CatMouseEnvironment(CatMouseSettings settings, RenderMode renderMode, EnvSpec? spec)
    {
        if (!Enum.IsDefined(renderMode))
        {
            throw new ArgumentOutOfRangeException(nameof(renderMode), renderMode, "CatMouse renders as None, Ansi or RgbArray.");
        }
        _width = settings.Width;
        _height = settings.Height;
        RenderMode = renderMode;
        Spec = spec;
        _episode = new EpisodeLifecycle(Name);
        ObservationSpace = new CatMouseObservationSpace(_width, _height);
        if (renderMode == RenderMode.RgbArray)
        {
            _mouseTrail = new Trail();
            _catTrail = new Trail();
        }
    }

    /// <inheritdoc />
    public EnvSpec? Spec { get; }

    /// <inheritdoc />
    public ISpace<CatMouseObservation> ObservationSpace { get; }

    /// <inheritdoc />
    public abstract ISpace<TAction> ActionSpace { get; }

    /// <inheritdoc />
    public RenderMode RenderMode { get; }

    /// <summary>The current cells, size and step count.</summary>
    public CatMouseState PrivilegedState => new(_catX, _catY, _mouseX, _mouseY, _width, _height, _step);

    /// <summary>The name used in error messages.</summary>
    protected string Name => Spec?.Id ?? "CatMouse";

    /// <inheritdoc />
    public ResetResult<CatMouseObservation> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _episode.EnsureNotDisposed();
        Placement? placed = Placement.FromOptions(Name, options, _width, _height);
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        var start = placed ?? Placement.Draw(_rng, _width, _height);
        (_catX, _catY, _mouseX, _mouseY) = (start.CatX, start.CatY, start.MouseX, start.MouseY);
        _step = 0;
        _episode.Begin();
        if (_mouseTrail is not null && _catTrail is not null)
        {
            _mouseTrail.Clear();
            _catTrail.Clear();
            _mouseTrail.Add(_mouseX, _mouseY);
            _catTrail.Add(_catX, _catY);
        }
        return new ResetResult<CatMouseObservation>(Observe(), Info.Empty);
    }

    /// <inheritdoc />
    public StepResult<CatMouseObservation> Step(TAction action)
    {
        _episode.EnsureLive();
        Direction direction = Decode(action);
        int before = CatMouseRules.Distance(_mouseX, _mouseY, _catX, _catY);
        (_mouseX, _mouseY) = CatMouseRules.Move(_mouseX, _mouseY, direction, _width, _height);
        _step++;
        _mouseTrail?.Add(_mouseX, _mouseY);
        bool caught = _mouseX == _catX && _mouseY == _catY;
        double reward = caught ? CatMouseRules.CaughtReward : CatMouseRules.Distance(_mouseX, _mouseY, _catX, _catY) - before;
        if (caught)
        {
            _episode.End();
        }
        return new StepResult<CatMouseObservation>(Observe(), reward, caught, false, Info.Empty);
    }

    /// <inheritdoc />
    public Frame? Render()
    {
        _episode.EnsureNotDisposed();
        return RenderMode switch
        {
            RenderMode.Ansi => CatMouseRenderer.Ansi(PrivilegedState),
            RenderMode.RgbArray => CatMouseRenderer.Rgb(_width, _height, _mouseTrail!, _catTrail!),
            _ => null,
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _episode.TryDispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}({_width}x{_height}, {ActionSpace})";

    /// <summary>The move <paramref name="action"/> stands for.</summary>
    /// <exception cref="InvalidActionException">When the action is not in <see cref="ActionSpace"/>.</exception>
    protected abstract Direction Decode(TAction action);

    private CatMouseObservation Observe() => CatMouseObservation.FromCells(_catX, _catY, _mouseX, _mouseY, _width, _height);
}
