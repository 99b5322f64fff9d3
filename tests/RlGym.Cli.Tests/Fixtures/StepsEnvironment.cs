using System.Runtime.CompilerServices;
using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>
/// Test/Steps-v0: the observation is the step count and the reward the action (0, 1 or 2); an episode terminates
/// after <c>seed % 3 + 2</c> steps, or after the option <c>length</c>. Keys a, s, d play 0, 1, 2. The option
/// <c>explode=true</c> makes Step throw, standing in for a bug; <c>misindex=true</c> makes Step index a string out of
/// range, a bug that surfaces as an ArgumentException from deep inside the library.
/// </summary>
public sealed class StepsEnvironment : IEnvironment<int, int>, IKeyMap<int>
{
    public const string Id = "Test/Steps-v0";

    private readonly int? _fixedLength;
    private readonly bool _explode;
    private readonly bool _misindex;
    private int _length;
    private int _step;

    public StepsEnvironment(EnvContext context)
    {
        context.Options.RequireKnown(Id, "length", "explode", "misindex");
        _fixedLength = context.Options.ContainsKey("length") ? context.Options.GetInt("length", 1, min: 1) : null;
        _explode = context.Options.GetBool("explode", false);
        _misindex = context.Options.GetBool("misindex", false);
        RenderMode = context.RenderMode;
    }

    public static EnvSpec Registration { get; } = new(Id)
    {
        Description = "Reward = action; lasts seed % 3 + 2 steps.",
        RenderModes = [RenderMode.Ansi, RenderMode.RgbArray],
    };

    EnvSpec? IEnvironment.Spec => null;

    public ISpace<int> ObservationSpace { get; } = new Discrete(1_000_000);

    public ISpace<int> ActionSpace { get; } = new Discrete(3);

    public RenderMode RenderMode { get; }

    public string KeyHelp => "a plays 0, s plays 1, d plays 2";

    public bool TryMapKey(ConsoleKeyInfo key, out int action)
    {
        action = key.Key switch { ConsoleKey.A => 0, ConsoleKey.S => 1, ConsoleKey.D => 2, _ => -1 };
        return action >= 0;
    }

    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _length = _fixedLength ?? (int)(s % 3) + 2;
        }
        _step = 0;
        return new ResetResult<int>(0, Info.Empty);
    }

    // Never inlined: a test asserts this frame in the trace of the bug it throws. Once the method is hot, the JIT's
    // dynamic PGO devirtualises the wrappers' interface call and inlines it, and an inlined method has no frame in an
    // exception's stack trace, so the assertion failed whenever earlier tests in the process had warmed it up.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public StepResult<int> Step(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        if (_explode)
        {
            throw new InvalidOperationException("The test environment exploded on purpose.");
        }
        if (_misindex)
        {
            _ = Id.Substring(Id.Length + action + 1);
        }
        _step++;
        return new StepResult<int>(_step, action, _step >= _length, false, Info.Empty);
    }

    public Frame? Render() => RenderMode switch
    {
        RenderMode.Ansi => Frame.FromText($"[{new string('#', _step)}]"),
        RenderMode.RgbArray => Frame.FromRgb(3, 2, new byte[18]),
        _ => null,
    };

    public void Dispose()
    {
    }
}
