using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>An environment with Box(low, high, (2,)) actions that records every action it receives; observations are the last action.</summary>
internal sealed class BoxActionEnvironment(float[] low, float[] high) : IEnvironment<float[], float[]>
{
    private readonly Box<float> _actions = new(low, high, 2);
    private readonly Box<float> _observations = new(-100f, 100f, 2);

    public List<float[]> Received { get; } = [];

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace => _observations;

    public ISpace<float[]> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null) => new([0f, 0f], Info.Empty);

    public StepResult<float[]> Step(float[] action)
    {
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        Received.Add((float[])action.Clone());
        return new StepResult<float[]>((float[])action.Clone(), 0, false, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
