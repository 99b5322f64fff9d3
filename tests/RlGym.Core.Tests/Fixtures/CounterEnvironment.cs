using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>
/// A tiny environment whose behaviour tests can compute by hand: the observation is [position, start], the position
/// starts at a seeded value in [0, 10) and moves by the action (0: -1, 1: +1); reaching 20 terminates with reward 10;
/// every other step rewards the action. No built-in time limit.
/// </summary>
internal sealed class CounterEnvironment : IEnvironment<float[], int>
{
    private readonly Rng _rng = new(0);
    private readonly Box<float> _observations = new(-1000f, 1000f, 2);
    private readonly Discrete _actions = new(2);
    private readonly float[] _start = new float[1];
    private int _position;
    private bool _started;
    private bool _terminated;

    public CounterEnvironment(EnvContext? context = null)
    {
        Spec = context?.Spec;
        RenderMode = context?.RenderMode ?? RenderMode.None;
        context?.Options.RequireKnown("Counter", "unused");
    }

    public int Resets { get; private set; }

    public bool Disposed { get; private set; }

    public EnvSpec? Spec { get; }

    public ISpace<float[]> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode { get; }

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _position = _rng.NextInt(10);
        _start[0] = _position;
        _started = true;
        _terminated = false;
        Resets++;
        return new ResetResult<float[]>(Observation(), Info.Of("start", _position));
    }

    public StepResult<float[]> Step(int action)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        if (!_started)
        {
            throw EnvironmentErrors.StepBeforeReset("Counter");
        }
        if (_terminated)
        {
            throw EnvironmentErrors.StepAfterEnd("Counter");
        }
        _position += action == 1 ? 1 : -1;
        _terminated = _position >= 20;
        return new StepResult<float[]>(Observation(), _terminated ? 10 : action, _terminated, false, Info.Empty);
    }

    public Frame? Render() => RenderMode switch
    {
        RenderMode.Ansi => Frame.FromText($"position {_position}"),
        RenderMode.RgbArray => Frame.FromRgb(1, 1, [(byte)_position, 0, 0]),
        _ => null,
    };

    public void Dispose() => Disposed = true;

    private float[] Observation() => [_position, _start[0]];
}
