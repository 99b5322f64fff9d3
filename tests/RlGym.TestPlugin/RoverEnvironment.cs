using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Random;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// One rover with a Dict action (see <see cref="Rover"/>): terminates after the option <c>steps</c> (default 8) moves.
/// The reward is the first speed minus the second.
/// </summary>
public sealed class RoverEnvironment : IEnvironment<float[], IReadOnlyDictionary<string, object>>
{
    public const string Id = "Plugin/Rover-v0";

    private readonly Rng _rng = new(0);
    private readonly Rover _rover = new();
    private readonly int _steps;
    private int _taken;
    private bool _over = true;

    public RoverEnvironment(RenderMode renderMode, EnvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequireKnown(Id, "steps");
        _steps = options.GetInt("steps", 8, min: 1);
        RenderMode = renderMode;
    }

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace { get; } = Rover.ObservationSpace();

    public ISpace<IReadOnlyDictionary<string, object>> ActionSpace { get; } = Rover.ActionSpace();

    public RenderMode RenderMode { get; }

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _taken = 0;
        _over = false;
        return new ResetResult<float[]>(_rover.Reset(_rng), Info.Empty);
    }

    public StepResult<float[]> Step(IReadOnlyDictionary<string, object> action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        if (_over)
        {
            throw EnvironmentErrors.StepAfterEnd(Id);
        }
        var (observation, reward) = _rover.Step(action, _rng);
        _over = ++_taken >= _steps;
        return new StepResult<float[]>(observation, reward, _over, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
