using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Tests.Toys;

/// <summary>
/// A correct environment with composite spaces and no end of its own: a point pushed by a Box&lt;float&gt; action
/// in a 2-D square, with a random wind; the observation is a Dict of its position and the wind's heading.
/// </summary>
public sealed class Drift : IEnvironment<IReadOnlyDictionary<string, object>, float[]>
{
    private static readonly double[] WindX = [0.1, 0, -0.1, 0];
    private static readonly double[] WindY = [0, 0.1, 0, -0.1];

    private readonly DictSpace _observations = new(
        KeyValuePair.Create<string, ISpace>("position", new Box<double>(-10, 10, 2)),
        KeyValuePair.Create<string, ISpace>("heading", new Discrete(4)));
    private readonly Box<float> _actions = new(-1f, 1f, 2);
    private readonly Rng _rng = new(0);
    private double _x;
    private double _y;
    private int _heading;
    private bool _started;

    public EnvSpec? Spec => null;

    public ISpace<IReadOnlyDictionary<string, object>> ObservationSpace => _observations;

    public ISpace<float[]> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        (_x, _y, _heading, _started) = (0, 0, _rng.NextInt(4), true);
        return new ResetResult<IReadOnlyDictionary<string, object>>(Observe(), Info.Empty);
    }

    public StepResult<IReadOnlyDictionary<string, object>> Step(float[] action)
    {
        if (!_started)
        {
            throw EnvironmentErrors.StepBeforeReset(nameof(Drift));
        }
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        _heading = _rng.NextDouble() < 0.1 ? _rng.NextInt(4) : _heading;
        _x = Math.Clamp(_x + action[0] + WindX[_heading], -10, 10);
        _y = Math.Clamp(_y + action[1] + WindY[_heading], -10, 10);
        return new StepResult<IReadOnlyDictionary<string, object>>(Observe(), -Math.Sqrt(_x * _x + _y * _y), false, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }

    private Dictionary<string, object> Observe() => new(StringComparer.Ordinal) { ["position"] = new[] { _x, _y }, ["heading"] = _heading };
}
