using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Testing.Checks;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Harness;

/// <summary>A session over a single-agent environment.</summary>
internal sealed class SingleAgentSession<TObs, TAction>(IEnvironment<TObs, TAction> env) : EnvironmentSession
{
    private bool _done;

    public override EnvSpec? Spec => env.Spec;

    public override RenderMode RenderMode => env.RenderMode;

    public override bool EpisodeOver => _done;

    public override IReadOnlyList<SpaceAccessor> Spaces() =>
    [
        new("observation space", () => env.ObservationSpace),
        new("action space", () => env.ActionSpace),
    ];

    public override Outcome Reset(ulong? seed, EnvOptions? options, Trace trace)
    {
        trace.Reset(seed, options);
        var result = env.Reset(seed, options);
        _done = false;
        return Single(trace.Call, result.Observation, 0, false, false, result.Info, isReset: true);
    }

    public override Outcome Step(ulong actionSeed, Trace trace)
    {
        TAction action = ActionFor(actionSeed);
        trace.Step(env.ActionSpace.Format(action));
        var result = env.Step(action);
        _done = result.Terminated || result.Truncated;
        return Single(trace.Call, result.Observation, result.Reward, result.Terminated, result.Truncated, result.Info, isReset: false);
    }

    public override void StepOutOfOrder(ulong actionSeed, Trace trace, bool beforeReset)
    {
        TAction action = ActionFor(actionSeed);
        trace.Step(env.ActionSpace.Format(action));
        env.Step(action);
    }

    public override (IReadOnlyList<InvalidStep> Steps, string? SkipReason) InvalidSteps(ulong seed)
    {
        var space = env.ActionSpace;
        var values = InvalidValues.For(space, seed);
        if (values is null)
        {
            return ([], InvalidValues.UnknownSpace(space));
        }
        var steps = new List<InvalidStep>();
        foreach (object value in values)
        {
            if (value is TAction action)
            {
                string shown = space.Format(action);
                steps.Add(new InvalidStep($"Step({shown})", $"the action is outside {space}", [space.ToString() ?? "", shown], InvalidStep.ActionAndSpace, () => env.Step(action)));
            }
        }
        return (steps, null);
    }

    public override Frame? Render() => env.Render();

    public override Func<object?>? StateReader() => GlobalState.Reader(env);

    public override void Dispose() => env.Dispose();

    private TAction ActionFor(ulong actionSeed)
    {
        var space = env.ActionSpace;
        space.Seed(actionSeed);
        return space.Sample();
    }

    private Outcome Single(string call, TObs observation, double reward, bool terminated, bool truncated, Info? info, bool isReset)
    {
        var space = env.ObservationSpace;
        object? copy = observation is null ? null : space.Copy(observation);
        return new Outcome(call, isReset, [], [new AgentOutcome("", space, copy, reward, terminated, truncated, info, env.ActionSpace)], null);
    }
}
