using System.Diagnostics.CodeAnalysis;

namespace RlGym.Core.Agents;

/// <summary>
/// Resolves agent spec strings (<c>random</c>, <c>teacher</c>, <c>lstm:runs/x/brain.ckpt</c>) to agents, so every
/// command that takes an agent takes any agent, including those plugins register. Thread-safe.
/// </summary>
public sealed class AgentRegistry
{
    private readonly List<IAgentFactory> _factories = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a registry holding the built-in <c>random</c> agent.</summary>
    public AgentRegistry() => Register(new RandomAgentFactory());

    /// <summary>The factories registered, in registration order.</summary>
    public IReadOnlyList<IAgentFactory> Factories
    {
        get
        {
            lock (_gate)
            {
                return [.. _factories];
            }
        }
    }

    /// <summary>Adds a factory; factories sharing a name are tried in registration order.</summary>
    public void Register(IAgentFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (string.IsNullOrWhiteSpace(factory.Name) || factory.Name.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Agent name '{factory.Name}' must be non-empty and contain no colon.", nameof(factory));
        }
        lock (_gate)
        {
            _factories.Add(factory);
        }
    }

    /// <summary>Makes the agent named by <paramref name="spec"/> for the environment in <paramref name="context"/>.</summary>
    /// <param name="spec">A spec string: <c>name</c> or <c>name:argument</c>.</param>
    /// <param name="context">Where the agent will act; its <c>Argument</c> is replaced by the spec's.</param>
    /// <exception cref="UnknownAgentException">When no factory has the name, or none of them fits this environment.</exception>
    /// <exception cref="ArgumentException">When a factory fits but its argument is bad.</exception>
    public IAgent<TObs, TAction> Create<TObs, TAction>(string spec, AgentContext<TObs, TAction> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (name, argument) = Parse(spec);
        var reasons = new List<string>();
        foreach (var factory in Candidates(spec, name))
        {
            if (factory.TryCreate(context with { Argument = argument }, out var agent, out string? whyNot))
            {
                return agent;
            }
            if (whyNot is not null)
            {
                reasons.Add(whyNot);
            }
        }
        throw NoFit(spec, context, reasons);
    }

    /// <summary>
    /// Makes the agent named by <paramref name="spec"/> acting for one game per lane at once: a factory that implements
    /// <see cref="IBatchAgentFactory"/> makes one batch agent (a neural policy batching its forward passes); any other
    /// makes one agent per lane, each for its own lane's environment.
    /// </summary>
    /// <param name="spec">A spec string: <c>name</c> or <c>name:argument</c>.</param>
    /// <param name="lanes">Where each lane's game is played (its own environment, the same role and spaces); their <c>Argument</c> is replaced by the spec's.</param>
    /// <exception cref="UnknownAgentException">When no factory has the name, or none of them fits this environment.</exception>
    /// <exception cref="ArgumentException">When there are no lanes, or a factory fits but its argument is bad.</exception>
    public IBatchAgent<TObs, TAction> CreateBatch<TObs, TAction>(string spec, IReadOnlyList<AgentContext<TObs, TAction>> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        if (lanes.Count == 0)
        {
            throw new ArgumentException("A batch agent needs at least one lane.", nameof(lanes));
        }
        var (name, argument) = Parse(spec);
        var first = lanes[0] with { Argument = argument };
        var reasons = new List<string>();
        foreach (var factory in Candidates(spec, name))
        {
            string? whyNot;
            if (factory is IBatchAgentFactory batching)
            {
                if (batching.TryCreateBatch(first, lanes.Count, out var batch, out whyNot))
                {
                    return batch;
                }
            }
            else if (factory.TryCreate(first, out var agent, out whyNot))
            {
                return new LaneAgents<TObs, TAction>(agent.Name, MakeLanes(factory, spec, agent, lanes, argument));
            }
            if (whyNot is not null)
            {
                reasons.Add(whyNot);
            }
        }
        throw NoFit(spec, first, reasons);
    }

    /// <summary>
    /// The environment options the agent named by <paramref name="spec"/> needs in <paramref name="environmentId"/>
    /// (<see cref="IAgentFactory.RequiredOptions"/>): the first non-empty answer of the factories of that name, or
    /// <see cref="EnvOptions.Empty"/>. Merge it into the environment's options with <see cref="EnvOptions.WithRequired"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When the spec is empty.</exception>
    public EnvOptions RequiredOptions(string environmentId, string spec)
    {
        var (name, argument) = Parse(spec);
        foreach (var factory in Factories.Where(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            var required = factory.RequiredOptions(environmentId, argument);
            if (required.Count > 0)
            {
                return required;
            }
        }
        return EnvOptions.Empty;
    }

    /// <summary>Splits a spec string into its name and optional argument.</summary>
    /// <exception cref="UserInputException">When the spec is empty or has an empty name.</exception>
    public static (string Name, string? Argument) Parse(string spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            throw new UserInputException("An agent spec must not be empty; try 'random'.");
        }
        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        string name = (colon < 0 ? spec : spec[..colon]).Trim();
        string? argument = colon < 0 ? null : spec[(colon + 1)..].Trim();
        if (name.Length == 0)
        {
            throw new UserInputException($"Agent spec '{spec}' has no name before the colon.");
        }
        return (name, string.IsNullOrEmpty(argument) ? null : argument);
    }

    private List<IAgentFactory> Candidates(string spec, string name)
    {
        var factories = Factories;
        var candidates = factories.Where(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0)
        {
            var names = factories.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            string? close = Suggest.Closest(name, names);
            throw new UnknownAgentException(spec,
                $"Unknown agent '{spec}'{(close is null ? "" : $" (did you mean '{close}'?)")}; known agents: {string.Join(", ", names)}.");
        }
        return candidates;
    }

    private static IAgent<TObs, TAction>[] MakeLanes<TObs, TAction>(
        IAgentFactory factory, string spec, IAgent<TObs, TAction> first, IReadOnlyList<AgentContext<TObs, TAction>> lanes, string? argument)
    {
        var agents = new IAgent<TObs, TAction>[lanes.Count];
        agents[0] = first;
        try
        {
            for (int lane = 1; lane < agents.Length; lane++)
            {
                if (!factory.TryCreate(lanes[lane] with { Argument = argument }, out var agent, out string? whyNot))
                {
                    throw new UserInputException($"Agent '{spec}' fits lane 0 but not lane {lane}: {whyNot ?? "no reason given"}.");
                }
                agents[lane] = agent;
            }
        }
        catch
        {
            foreach (var agent in agents)
            {
                (agent as IDisposable)?.Dispose();
            }
            throw;
        }
        return agents;
    }

    private static UnknownAgentException NoFit<TObs, TAction>(string spec, AgentContext<TObs, TAction> context, List<string> reasons)
    {
        string where = context.Role is null ? "" : $" as '{context.Role}'";
        return new UnknownAgentException(spec,
            $"Agent '{spec}' cannot act{where} in {Describe(context.Environment)}: {(reasons.Count == 0 ? "no factory fits it" : string.Join("; ", reasons))}.");
    }

    private static string Describe(object environment) =>
        environment is IEnvironment { Spec: { } spec } ? spec.Id : environment.GetType().Name;

    private sealed class RandomAgentFactory : IAgentFactory
    {
        public string Name => "random";

        public string Description => "Uniformly random actions from the action space (seeded per episode).";

        public bool TryCreate<TObs, TAction>(AgentContext<TObs, TAction> context, [NotNullWhen(true)] out IAgent<TObs, TAction>? agent, out string? whyNot)
        {
            if (context.Argument is not null)
            {
                throw new UserInputException($"The random agent takes no argument; got 'random:{context.Argument}'. Use plain 'random'.");
            }
            agent = new RandomAgent<TObs, TAction>(context.ActionSpace);
            whyNot = null;
            return true;
        }
    }
}
