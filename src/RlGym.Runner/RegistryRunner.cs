using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner;

/// <summary>
/// Runs a registered environment with agents named by spec strings: makes the environment (wrapped as the
/// registry does) and the agents, runs them with <see cref="EpisodeRunner"/>, and disposes them all.
/// </summary>
public static class RegistryRunner
{
    /// <summary>Runs <paramref name="request"/> for the episodes in <paramref name="options"/>.</summary>
    /// <exception cref="UnknownEnvironmentException">When the id is not registered.</exception>
    /// <exception cref="UnknownAgentException">When an agent spec names no agent that fits.</exception>
    /// <exception cref="ArgumentException">When the agents, options or render mode do not fit the environment, or an option contradicts the view an agent was trained in.</exception>
    public static RunResult Run(EnvRegistry environments, AgentRegistry agents, RunRequest request, RunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (request.Workers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Workers, $"The number of workers is {request.Workers}; expected at least 1.");
        }
        var spec = environments.Spec(request.EnvironmentId);
        if (request.Workers > 1 && request.RenderMode != RenderMode.None)
        {
            throw new UserInputException($"Rendering shows one environment at a time; render with one worker, not {request.Workers}.");
        }
        if (request.RenderMode != RenderMode.None && !spec.RenderModes.Contains(request.RenderMode))
        {
            string modes = spec.RenderModes.Count == 0 ? "none" : string.Join(", ", spec.RenderModes.Select(Name));
            throw new UserInputException($"Environment '{spec.Id}' cannot render {Name(request.RenderMode)}; its render modes are: {modes}.");
        }
        // The view every agent's checkpoint was trained in is applied before the environment is made.
        var environmentOptions = AgentAssignment.WithRequiredOptions(agents, spec.Id, request.Agents, request.Options);
        return environments.Make(request.EnvironmentId, new Visitor(environments, agents, request, environmentOptions, options, cancellationToken), environmentOptions, request.RenderMode);
    }

    private static string Name(RenderMode mode) => mode switch
    {
        RenderMode.Ansi => "ansi",
        RenderMode.RgbArray => "rgb",
        _ => mode.ToString(),
    };

    private sealed class Visitor(
        EnvRegistry environments, AgentRegistry agents, RunRequest request, EnvOptions environmentOptions, RunOptions options, CancellationToken cancellationToken)
        : IEnvironmentVisitor<RunResult>
    {
        public RunResult Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            if (request.Workers > 1)
            {
                return RunWorkers(environment);
            }
            using (environment)
            {
                string spec = AgentAssignment.ForSingle(request.EnvironmentId, request.Agents);
                var agent = agents.Create(spec, new AgentContext<TObs, TAction>(environment, environment.ObservationSpace, environment.ActionSpace, null, null));
                try
                {
                    return EpisodeRunner.Run(environment, agent, options, cancellationToken);
                }
                finally
                {
                    (agent as IDisposable)?.Dispose();
                }
            }
        }

        public RunResult VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            using (environment)
            {
                if (request.Workers > 1)
                {
                    throw new UserInputException(
                        $"Environment '{request.EnvironmentId}' is multi-agent; workers run single-agent environments, so run it with one worker, not {request.Workers}.");
                }
                var roles = environment.PossibleAgents;
                string[] specs = AgentAssignment.ForRoles(request.EnvironmentId, roles, request.Agents);
                var made = new Dictionary<string, IAgent<TObs, TAction>>(StringComparer.Ordinal);
                try
                {
                    for (int r = 0; r < roles.Count; r++)
                    {
                        var context = new AgentContext<TObs, TAction>(environment, environment.ObservationSpace(roles[r]), environment.ActionSpace(roles[r]), roles[r], null);
                        made[roles[r]] = agents.Create(specs[r], context);
                    }
                    return EpisodeRunner.RunParallel(environment, made, options, cancellationToken);
                }
                finally
                {
                    foreach (var agent in made.Values)
                    {
                        (agent as IDisposable)?.Dispose();
                    }
                }
            }
        }

        // One copy of the environment and of the agent per worker: the first copy is the one the registry made, the
        // others are made the same way; every copy is disposed at the end, also when making one fails.
        private RunResult RunWorkers<TObs, TAction>(IEnvironment<TObs, TAction> first)
        {
            string spec = AgentAssignment.ForSingle(request.EnvironmentId, request.Agents);
            var made = new List<IEnvironment<TObs, TAction>>(request.Workers) { first };
            var actors = new List<IAgent<TObs, TAction>>(request.Workers);
            try
            {
                while (made.Count < request.Workers)
                {
                    made.Add(environments.Make<TObs, TAction>(request.EnvironmentId, environmentOptions));
                }
                foreach (var environment in made)
                {
                    actors.Add(agents.Create(spec, new AgentContext<TObs, TAction>(environment, environment.ObservationSpace, environment.ActionSpace, null, null)));
                }
                return EpisodeRunner.RunWorkers(made, actors, options, cancellationToken);
            }
            finally
            {
                foreach (var agent in actors)
                {
                    (agent as IDisposable)?.Dispose();
                }
                foreach (var environment in made)
                {
                    environment.Dispose();
                }
            }
        }
    }
}
