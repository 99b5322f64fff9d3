using RlGym.Core;
using RlGym.Core.MultiAgent;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Testing.Checks;
using RlGym.Testing.Properties;

namespace RlGym.Testing.Harness;

/// <summary>A session over a parallel multi-agent environment; each agent's action comes from a seed derived for its index.</summary>
internal sealed class ParallelSession<TObs, TAction>(IParallelEnvironment<TObs, TAction> env) : EnvironmentSession
{
    /// <summary>The name the checks use for an agent that does not exist.</summary>
    public const string NoSuchAgent = "no-such-agent";

    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);

    public override EnvSpec? Spec => env.Spec;

    public override RenderMode RenderMode => env.RenderMode;

    public override bool EpisodeOver => env.Agents.Count == 0;

    public override IReadOnlyList<SpaceAccessor> Spaces() =>
    [
        .. env.PossibleAgents.Select(a => new SpaceAccessor($"observation space of agent '{a}'", () => env.ObservationSpace(a))),
        .. env.PossibleAgents.Select(a => new SpaceAccessor($"action space of agent '{a}'", () => env.ActionSpace(a))),
    ];

    public override string? AgentProblem()
    {
        var possible = env.PossibleAgents;
        if (possible is null || possible.Count == 0)
        {
            return "PossibleAgents is empty; list every agent that can take part";
        }
        if (possible.Distinct(StringComparer.Ordinal).Count() != possible.Count)
        {
            return $"PossibleAgents [{string.Join(", ", possible)}] repeats an agent";
        }
        foreach (var (what, ask) in new (string, Action)[] { ("ObservationSpace", () => env.ObservationSpace(NoSuchAgent)), ("ActionSpace", () => env.ActionSpace(NoSuchAgent)) })
        {
            try
            {
                ask();
                return $"{what}(\"{NoSuchAgent}\") returned a space; it must throw ArgumentException for an agent not in PossibleAgents";
            }
            catch (ArgumentException)
            {
            }
        }
        return null;
    }

    public override Outcome Reset(ulong? seed, EnvOptions? options, Trace trace)
    {
        trace.Reset(seed, options);
        var result = env.Reset(seed, options);
        string[] agents = [.. env.Agents];
        _gone.Clear();
        string? problem = ParallelApiRules.AfterReset(env.PossibleAgents, agents, ("observations", result.Observations?.Keys), ("infos", result.Infos?.Keys));
        var outcomes = agents.Where(IsPossible).Select(a => Agent(a, result.Observations, null, null, null, result.Infos)).ToArray();
        return new Outcome(trace.Call, true, agents, outcomes, problem);
    }

    public override Outcome Step(ulong actionSeed, Trace trace)
    {
        string[] acted = [.. env.Agents];
        var actions = ActionsFor(acted, actionSeed);
        trace.Step(Format(actions));
        var result = env.Step(actions);
        string[] after = [.. env.Agents];
        var doneNow = acted.Where(a => Flag(result.Terminations, a) || Flag(result.Truncations, a)).ToHashSet(StringComparer.Ordinal);
        string? problem = ParallelApiRules.AfterStep(
            env.PossibleAgents, acted, after, _gone, doneNow,
            ("observations", result.Observations?.Keys), ("rewards", result.Rewards?.Keys), ("terminations", result.Terminations?.Keys),
            ("truncations", result.Truncations?.Keys), ("infos", result.Infos?.Keys));
        _gone.UnionWith(doneNow);
        _gone.UnionWith(acted.Except(after, StringComparer.Ordinal));
        var outcomes = acted.Where(IsPossible)
            .Select(a => Agent(a, result.Observations, result.Rewards, result.Terminations, result.Truncations, result.Infos))
            .ToArray();
        return new Outcome(trace.Call, false, after, outcomes, problem);
    }

    public override void StepOutOfOrder(ulong actionSeed, Trace trace, bool beforeReset)
    {
        var actions = ActionsFor(beforeReset ? env.PossibleAgents : env.Agents, actionSeed);
        trace.Step(Format(actions));
        env.Step(actions);
    }

    public override (IReadOnlyList<InvalidStep> Steps, string? SkipReason) InvalidSteps(ulong seed)
    {
        string[] live = [.. env.Agents];
        if (live.Length == 0)
        {
            return ([], "Reset left no live agent to give an invalid action to");
        }
        string target = live[0];
        var space = env.ActionSpace(target);
        var others = ActionsFor(live.Skip(1).ToArray(), seed);
        var steps = new List<InvalidStep>();
        foreach (object value in InvalidValues.For(space, seed) ?? [])
        {
            if (value is TAction action)
            {
                var actions = new Dictionary<string, TAction>(others, StringComparer.Ordinal) { [target] = action };
                steps.Add(new InvalidStep(
                    $"Step({Format(actions)})", $"the action of agent '{target}' is outside {space}",
                    [space.ToString() ?? "", space.Format(action)], InvalidStep.ActionAndSpace, () => env.Step(actions)));
            }
        }
        steps.Add(new InvalidStep($"Step({Format(others)})", $"live agent '{target}' has no action", [target], InvalidStep.Agent, () => env.Step(others)));
        var stranger = new Dictionary<string, TAction>(ActionsFor(live, seed), StringComparer.Ordinal) { [NoSuchAgent] = ActionsFor([target], seed)[target] };
        steps.Add(new InvalidStep($"Step({Format(stranger)})", $"'{NoSuchAgent}' is not an agent", [NoSuchAgent], InvalidStep.Agent, () => env.Step(stranger)));
        return (steps, null);
    }

    public override Frame? Render() => env.Render();

    public override Func<object?>? StateReader() => GlobalState.Reader(env);

    public override bool IsParallel => true;

    public override void PlayTurnBased(ActionScript script, Trace trace) => TurnBasedRules.Play(env, script, trace);

    public override void Dispose() => env.Dispose();

    private static bool Flag(IReadOnlyDictionary<string, bool>? flags, string agent) => flags is not null && flags.TryGetValue(agent, out bool set) && set;

    private bool IsPossible(string agent) => env.PossibleAgents.Contains(agent, StringComparer.Ordinal);

    private Dictionary<string, TAction> ActionsFor(IReadOnlyList<string> agents, ulong actionSeed)
    {
        var actions = new Dictionary<string, TAction>(StringComparer.Ordinal);
        var possible = env.PossibleAgents;
        foreach (string agent in agents)
        {
            int index = Math.Max(0, IndexOf(possible, agent));
            var space = env.ActionSpace(agent);
            space.Seed(Rng.DeriveSeed(actionSeed, (ulong)index));
            actions[agent] = space.Sample();
        }
        return actions;
    }

    private static int IndexOf(IReadOnlyList<string> agents, string agent)
    {
        for (int i = 0; i < agents.Count; i++)
        {
            if (agents[i] == agent)
            {
                return i;
            }
        }
        return -1;
    }

    private string Format(IReadOnlyDictionary<string, TAction> actions) =>
        "{" + string.Join(", ", actions.Select(kv => $"{kv.Key}: {(IsPossible(kv.Key) ? env.ActionSpace(kv.Key).Format(kv.Value) : kv.Value?.ToString())}")) + "}";

    private AgentOutcome Agent(
        string agent,
        IReadOnlyDictionary<string, TObs>? observations,
        IReadOnlyDictionary<string, double>? rewards,
        IReadOnlyDictionary<string, bool>? terminations,
        IReadOnlyDictionary<string, bool>? truncations,
        IReadOnlyDictionary<string, Info>? infos)
    {
        var space = env.ObservationSpace(agent);
        object? observation = null;
        if (observations is not null && observations.TryGetValue(agent, out var raw) && raw is not null)
        {
            observation = space.Copy(raw);
        }
        double reward = rewards is null ? 0 : rewards.GetValueOrDefault(agent);
        Info? info = infos is not null && infos.TryGetValue(agent, out var i) ? i : null;
        return new AgentOutcome(agent, space, observation, reward, Flag(terminations, agent), Flag(truncations, agent), info, env.ActionSpace(agent));
    }
}
