using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>
/// Test/Noisy-v0: a seeded stochastic environment, random episode lengths (1 to 10) and random rewards plus the
/// action; no key map and no rendering, so play types actions. Shared with RlGym.Cli.Tests (linked there).
/// </summary>
public sealed class NoisyEnvironment : IEnvironment<int, int>
{
    public const string Id = "Test/Noisy-v0";

    private readonly Rng _rng = new(0);
    private int _length;
    private int _step;

    public EnvSpec? Spec => null;

    public ISpace<int> ObservationSpace { get; } = new Discrete(100);

    public ISpace<int> ActionSpace { get; } = new Discrete(4);

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _length = 1 + _rng.NextInt(10);
        _step = 0;
        return new ResetResult<int>(0, Info.Empty);
    }

    public StepResult<int> Step(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        _step++;
        return new StepResult<int>(_step, _rng.NextDouble() + action, _step >= _length, false, Info.Empty);
    }

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
