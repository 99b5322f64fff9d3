using RlGym.Core;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Tests.Fixtures;

/// <summary>
/// A byte-image environment with the allocation-free path: every byte of the 4-byte observation holds the step count;
/// the action (0 or 1) is the reward; the episode terminates after 10 steps.
/// </summary>
internal sealed class PixelCounterEnvironment : IEnvironment<byte[], int>, IBufferedStep<int>
{
    private readonly Box<byte> _observations = new(0, 255, 2, 2);
    private readonly Discrete _actions = new(2);
    private int _steps = -1;

    public RlGym.Core.Registry.EnvSpec? Spec => null;

    public ISpace<byte[]> ObservationSpace => _observations;

    public ISpace<int> ActionSpace => _actions;

    public RenderMode RenderMode => RenderMode.None;

    public bool CanStepInto => true;

    public int ObservationLength => 4;

    public ResetResult<byte[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var observation = new byte[4];
        return new ResetResult<byte[]>(observation, ResetInto(observation, seed, options));
    }

    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        _steps = 0;
        observation.Fill(0);
        return Info.Empty;
    }

    public StepResult<byte[]> Step(int action)
    {
        var observation = new byte[4];
        var outcome = StepInto(action, observation);
        return new StepResult<byte[]>(observation, outcome.Reward, outcome.Terminated, outcome.Truncated, outcome.Info);
    }

    public StepOutcome StepInto(int action, Span<byte> observation)
    {
        if (_steps < 0 || _steps >= 10)
        {
            throw new InvalidOperationException("PixelCounter: reset first.");
        }
        EnvironmentErrors.ThrowIfInvalid(_actions, action);
        _steps++;
        observation.Fill((byte)_steps);
        return new StepOutcome(action, _steps == 10, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
