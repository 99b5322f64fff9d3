using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Runner.Tests.Fixtures;

/// <summary>
/// A deterministic environment whose numbers are easy to compute by hand: the observation is the step count,
/// the reward is the action, and the episode terminates after <c>seed % 3 + 2</c> steps (or after
/// <see cref="FixedLength"/> steps when set). Renders a 4x2 picture or a line of text.
/// </summary>
public sealed class ScriptedEnvironment(RenderMode renderMode = RenderMode.None, int? fixedLength = null) : IEnvironment<int, int>
{
    private int _length;
    private int _step;

    public int? FixedLength { get; } = fixedLength;

    public EnvSpec? Spec => null;

    public ISpace<int> ObservationSpace { get; } = new Discrete(1_000_000);

    public CountingSpace Actions { get; } = new(3);

    public ISpace<int> ActionSpace => Actions;

    public RenderMode RenderMode { get; } = renderMode;

    public int Renders { get; private set; }

    public bool Disposed { get; private set; }

    /// <summary>The seeds of the resets that had one, in order.</summary>
    public List<ulong> ResetSeeds { get; } = [];

    /// <summary>The managed ids of the threads that stepped it.</summary>
    public HashSet<int> SteppingThreads { get; } = [];

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            ResetSeeds.Add(s);
            _length = FixedLength ?? (int)(s % 3) + 2;
        }
        _step = 0;
        return new ResetResult<int>(0, Info.Empty);
    }

    public StepResult<int> Step(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        _step++;
        SteppingThreads.Add(Environment.CurrentManagedThreadId);
        return new StepResult<int>(_step, action, _step >= _length, false, Info.Empty);
    }

    public Frame? Render()
    {
        Renders++;
        return RenderMode switch
        {
            RenderMode.Ansi => Frame.FromText($"step {_step}"),
            RenderMode.RgbArray => Frame.FromRgb(4, 2, [.. Enumerable.Range(0, 24).Select(i => (byte)(i * 10 + _step))]),
            _ => null,
        };
    }

    public void Dispose() => Disposed = true;
}
