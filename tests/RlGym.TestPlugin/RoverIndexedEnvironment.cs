using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.TestPlugin;

/// <summary>
/// <see cref="RoverEnvironment"/> played with integer actions, each standing for a Dict action
/// (<see cref="Rover.ActionOf"/>): <c>rlgym trace</c> replays integers, so this twin gives the C# trajectory of given
/// Dict actions.
/// </summary>
public sealed class RoverIndexedEnvironment(RenderMode renderMode, EnvOptions options) : IEnvironment<float[], int>
{
    public const string Id = "Plugin/RoverIndexed-v0";

    private readonly RoverEnvironment _inner = new(renderMode, options);

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace => _inner.ObservationSpace;

    public ISpace<int> ActionSpace { get; } = new Discrete(60);

    public RenderMode RenderMode => _inner.RenderMode;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null) => _inner.Reset(seed, options);

    public StepResult<float[]> Step(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        return _inner.Step(Rover.ActionOf(action));
    }

    public Frame? Render() => null;

    public void Dispose() => _inner.Dispose();
}
