using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Testing.Tests.Toys;

/// <summary>A correct environment whose action space is a custom space: the observation is half the last action; five steps an episode.</summary>
public sealed class Parity : IEnvironment<int, int>
{
    private readonly Discrete _observations = new(6);
    private readonly EvenNumbers _actions = new();
    private int _steps = -1;

    public EnvSpec? Spec { get; } = new("Parity-v0") { DeterministicByDesign = true };

    public ISpace<int> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _steps = 0;
        return new ResetResult<int>(0, Info.Empty);
    }

    public StepResult<int> Step(int action)
    {
        if (_steps < 0)
        {
            throw EnvironmentErrors.StepBeforeReset(nameof(Parity));
        }
        if (_steps >= 5)
        {
            throw EnvironmentErrors.StepAfterEnd(nameof(Parity));
        }
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        _steps++;
        return new StepResult<int>(action / 2, 0, _steps == 5, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
