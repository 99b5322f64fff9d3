using System.Globalization;
using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Envs.CartPole;

/// <summary>
/// CartPole-v1 without wrappers. Observation: <c>Box([-4.8, -inf, -0.419, -inf], [4.8, inf, 0.419, inf], (4,),
/// float32)</c>: cart position, cart velocity, pole angle, pole angular velocity. Actions: <c>Discrete(2)</c>, 0 pushes
/// the cart left and 1 right. Reward: +1 for every step, the terminating one included. Terminated when the pole
/// leans more than 12 degrees or the cart leaves [-2.4, 2.4]; <c>Make</c> truncates at 500 steps. Reset draws the
/// four state variables uniformly from [-0.05, 0.05) with the environment's <see cref="Rng"/>. No options.
/// </summary>
internal sealed class CartPoleEnvironment : IEnvironment<float[], int>, IPrivileged<CartPoleState>, IKeyMap<int>
{
    private const double StartBound = 0.05;

    private readonly Rng _rng = new();
    private readonly Box<float> _observations;
    private readonly Discrete _actions = new(2);
    private CartPoleState _state;
    private readonly EpisodeLifecycle _episode;

    public CartPoleEnvironment(EnvOptions options, RenderMode renderMode, EnvSpec? spec)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (renderMode is not (RenderMode.None or RenderMode.Ansi))
        {
            throw new ArgumentOutOfRangeException(nameof(renderMode), renderMode, "CartPole-v1 renders as None or Ansi.");
        }
        Spec = spec;
        _episode = new EpisodeLifecycle(Name);
        options.RequireKnown(Name);
        RenderMode = renderMode;
        float x = (float)(CartPolePhysics.XThreshold * 2), theta = (float)(CartPolePhysics.ThetaThreshold * 2);
        _observations = new Box<float>(
            [-x, float.NegativeInfinity, -theta, float.NegativeInfinity],
            [x, float.PositiveInfinity, theta, float.PositiveInfinity],
            4);
    }

    public EnvSpec? Spec { get; }

    public ISpace<float[]> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode { get; }

    public CartPoleState PrivilegedState => _state;

    public string KeyHelp => "Left and right arrows (or A and D) push the cart.";

    private string Name => Spec?.Id ?? CartPolePlugin.Id;

    public bool TryMapKey(ConsoleKeyInfo key, out int action)
    {
        action = key.Key is ConsoleKey.RightArrow or ConsoleKey.D ? 1 : 0;
        return key.Key is ConsoleKey.LeftArrow or ConsoleKey.A or ConsoleKey.RightArrow or ConsoleKey.D;
    }

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _episode.EnsureNotDisposed();
        options?.RequireKnown(Name + " reset");
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _state = new CartPoleState(Uniform(), Uniform(), Uniform(), Uniform());
        _episode.Begin();
        return new ResetResult<float[]>(Observe(), Info.Empty);
    }

    public StepResult<float[]> Step(int action)
    {
        _episode.EnsureLive();
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        _state = CartPolePhysics.Step(_state, action);
        bool terminated = CartPolePhysics.IsTerminal(_state);
        if (terminated)
        {
            _episode.End();
        }
        return new StepResult<float[]>(Observe(), 1.0, terminated, false, Info.Empty);
    }

    public Frame? Render()
    {
        _episode.EnsureNotDisposed();
        return RenderMode == RenderMode.Ansi ? Frame.FromText(Text()) : null;
    }

    public void Dispose() => _episode.TryDispose();

    public override string ToString() => $"{Name}(Discrete(2))";

    private double Uniform() => (_rng.NextDouble() * 2 * StartBound) - StartBound;

    private float[] Observe() => [(float)_state.X, (float)_state.XDot, (float)_state.Theta, (float)_state.ThetaDot];

    // A 49-column track from -2.4 to 2.4 with the cart as [#] and a line giving the pole's lean.
    private string Text()
    {
        const int Columns = 49;
        var track = new char[Columns];
        Array.Fill(track, '-');
        double fraction = (_state.X + CartPolePhysics.XThreshold) / (2 * CartPolePhysics.XThreshold);
        int cart = Math.Clamp((int)Math.Round(fraction * (Columns - 1)), 0, Columns - 1);
        track[cart] = '#';
        double degrees = _state.Theta * 180 / Math.PI;
        string lean = degrees > 0.5 ? "/" : degrees < -0.5 ? "\\" : "|";
        return string.Create(CultureInfo.InvariantCulture,
            $"{new string(' ', cart)}{lean}\n{new string(track)}\nx {_state.X:F3}  x' {_state.XDot:F3}  angle {degrees:F2} deg  angle' {_state.ThetaDot:F3}");
    }
}
