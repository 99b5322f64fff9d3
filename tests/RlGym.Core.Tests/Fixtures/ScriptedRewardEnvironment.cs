using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>
/// Steps through a fixed script of rewards and terminations that runs on across resets, so reward wrappers can be
/// checked against hand-computed numbers. The observation is [index of the next scripted step].
/// </summary>
internal sealed class ScriptedRewardEnvironment(double[] rewards, bool[] terminated) : IEnvironment<float[], int>
{
    private readonly Box<float> _observations = new(0f, 1000f, 1);
    private readonly Discrete _actions = new(2);
    private int _next;

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null) => new([_next], Info.Empty);

    public StepResult<float[]> Step(int action)
    {
        int i = _next++;
        return new StepResult<float[]>([_next], rewards[i], terminated[i], false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
