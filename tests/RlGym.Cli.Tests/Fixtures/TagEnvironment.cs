using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Cli.Tests.Fixtures;

/// <summary>Test/Tag-v0: roles cat and mouse; each earns its action every step; the episode terminates after 3 steps.</summary>
public sealed class TagEnvironment(RenderMode renderMode) : IParallelEnvironment<int, int>
{
    public const string Id = "Test/Tag-v0";

    private readonly Discrete _observations = new(10);
    private readonly Discrete _actions = new(3);
    private string[] _live = [];
    private int _step;

    public EnvSpec? Spec => null;

    public IReadOnlyList<string> PossibleAgents { get; } = ["cat", "mouse"];

    public IReadOnlyList<string> Agents => _live;

    public RenderMode RenderMode { get; } = renderMode;

    public ISpace<int> ObservationSpace(string agent) => _observations;

    public ISpace<int> ActionSpace(string agent) => _actions;

    public ParallelResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _live = ["cat", "mouse"];
        _step = 0;
        return new ParallelResetResult<int>(
            new Dictionary<string, int> { ["cat"] = 0, ["mouse"] = 0 },
            new Dictionary<string, Info> { ["cat"] = Info.Empty, ["mouse"] = Info.Empty });
    }

    public ParallelStepResult<int> Step(IReadOnlyDictionary<string, int> actions)
    {
        _step++;
        bool over = _step >= 3;
        var observations = _live.ToDictionary(a => a, _ => _step);
        var rewards = _live.ToDictionary(a => a, a => (double)actions[a]);
        var done = _live.ToDictionary(a => a, _ => over);
        var cut = _live.ToDictionary(a => a, _ => false);
        var infos = _live.ToDictionary(a => a, _ => Info.Empty);
        if (over)
        {
            _live = [];
        }
        return new ParallelStepResult<int>(observations, rewards, done, cut, infos);
    }

    public Frame? Render() => RenderMode == RenderMode.Ansi ? Frame.FromText($"tag step {_step}") : null;

    public void Dispose()
    {
    }
}
