using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Server.Tests.Fixtures;

/// <summary>
/// A small environment with a Dict observation (a Box and a Discrete) and MultiBinary actions: it counts the switches
/// turned on, terminates when the count reaches 5 and says when it was disposed. Each step's info holds the count and
/// an <c>action_mask</c> (int8) of the switches that are still off.
/// </summary>
internal sealed class ProbeEnvironment : IEnvironment<IReadOnlyDictionary<string, object>, byte[]>
{
    public const string Id = "Probe-v0";
    private readonly Action _disposed;
    private int _count;

    public ProbeEnvironment(Action disposed)
    {
        _disposed = disposed;
        ObservationSpace = new DictSpace(
            KeyValuePair.Create("position", (ISpace)new Box<float>([0f, -1f], [1f, 1f], 2)),
            KeyValuePair.Create("count", (ISpace)new Discrete(6)));
    }

    public EnvSpec? Spec => null;

    public ISpace<IReadOnlyDictionary<string, object>> ObservationSpace { get; }

    public ISpace<byte[]> ActionSpace { get; } = new MultiBinary(3);

    public RenderMode RenderMode => RenderMode.None;

    public static void Register(EnvRegistry registry, Action disposed) =>
        registry.Register(new EnvSpec(Id) { MaxEpisodeSteps = 4 }, _ => new ProbeEnvironment(disposed));

    public Frame? Render() => null;

    public ResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _count = seed is ulong s ? (int)(s % 2) : 0;
        return new(Observation(), Info.Empty);
    }

    public StepResult<IReadOnlyDictionary<string, object>> Step(byte[] action)
    {
        _count = Math.Min(5, _count + action.Count(b => b == 1));
        var info = Info.From([new("count", _count), new("action_mask", action.Select(b => (sbyte)(1 - b)).ToArray())]);
        return new(Observation(), action.Count(b => b == 1), _count == 5, false, info);
    }

    public void Dispose() => _disposed();

    private Dictionary<string, object> Observation() => new(StringComparer.Ordinal)
    {
        ["position"] = new[] { _count / 5f, -_count / 5f },
        ["count"] = _count,
    };
}
