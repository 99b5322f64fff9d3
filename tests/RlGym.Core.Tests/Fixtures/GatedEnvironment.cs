using RlGym.Core;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>
/// A counter whose steps, while <see cref="Hold"/> is set, announce themselves on <see cref="Entered"/> and then wait
/// until the test opens <see cref="Gate"/>: a slow environment whose slowness the test controls, without sleeping.
/// The observation is [steps]; it records whether it was disposed while a step was running.
/// </summary>
internal sealed class GatedEnvironment : IEnvironment<float[], int>
{
    private readonly Box<float> _observations = new(0f, 1e6f, 1);
    private readonly Discrete _actions = new(2);
    private int _steps;
    private volatile bool _stepping;

    public bool Hold { get; set; } = true;

    public SemaphoreSlim Entered { get; } = new(0);

    public SemaphoreSlim Gate { get; } = new(0);

    public bool Disposed { get; private set; }

    public bool DisposedWhileStepping { get; private set; }

    public RlGym.Core.Registry.EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _steps = 0;
        return new ResetResult<float[]>([0], Info.Empty);
    }

    public StepResult<float[]> Step(int action)
    {
        _stepping = true;
        if (Hold)
        {
            Entered.Release();
            Gate.Wait();
        }
        _steps++;
        _stepping = false;
        return new StepResult<float[]>([_steps], 1, false, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
        DisposedWhileStepping |= _stepping;
        Disposed = true;
    }
}
