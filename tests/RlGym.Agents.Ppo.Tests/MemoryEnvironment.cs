using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Agents.Ppo.Tests;

/// <summary>
/// <c>Test/Memory-v0</c>, a partially observed world: the first observation shows a random side (0 to 3, one-hot in the
/// first four numbers); later ones show nothing but a "recall" flag (the fifth). Every step pays +1 for the action equal
/// to the side; episodes are cut after 3 steps. Without memory the best mean return is 1 + 2/4 = 1.5; with it, 3.
/// </summary>
internal sealed class MemoryEnvironment : IEnvironment<float[], int>
{
    public const string Id = "Test/Memory-v0";

    private readonly Rng _rng = new(0);
    private int _side;

    public static void Register(EnvRegistry registry) =>
        registry.Register<float[], int>(new EnvSpec(Id) { MaxEpisodeSteps = 3 }, _ => new MemoryEnvironment());

    public EnvSpec? Spec => null;

    public ISpace<float[]> ObservationSpace { get; } = new Box<float>(0f, 1f, 5);

    public ISpace<int> ActionSpace { get; } = new Discrete(4);

    public RenderMode RenderMode => RenderMode.None;

    public ResetResult<float[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _side = _rng.NextInt(4);
        var shown = new float[5];
        shown[_side] = 1f;
        return new ResetResult<float[]>(shown, Info.Empty);
    }

    public StepResult<float[]> Step(int action) =>
        new(new float[] { 0, 0, 0, 0, 1 }, action == _side ? 1 : 0, false, false, Info.Empty);

    public Frame? Render() => null;

    public void Dispose()
    {
    }
}
