using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>Episodes of three steps, until its step number <c>failAt</c> (counted over its life) throws <see cref="Message"/>.</summary>
public sealed class FailingEnvironment(int failAt = 1) : IEnvironment<int, int>
{
    public const string Message = "the environment broke";

    private int _steps;
    private int _step;

    public EnvSpec? Spec => null;

    public ISpace<int> ObservationSpace { get; } = new Discrete(4);

    public ISpace<int> ActionSpace { get; } = new Discrete(3);

    public RenderMode RenderMode => RenderMode.None;

    public bool Disposed { get; private set; }

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _step = 0;
        return new ResetResult<int>(0, Info.Empty);
    }

    public StepResult<int> Step(int action)
    {
        if (++_steps >= failAt)
        {
            throw new InvalidOperationException(Message);
        }
        _step++;
        return new StepResult<int>(_step, 1, _step >= 3, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose() => Disposed = true;
}
