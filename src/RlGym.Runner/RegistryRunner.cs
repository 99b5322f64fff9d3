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
        var spec = environments.Spec(request.EnvironmentId);
        if (request.RenderMode != RenderMode.None && !spec.RenderModes.Contains(request.RenderMode))
        {
            string modes = spec.RenderModes.Count == 0 ? "none" : string.Join(", ", spec.RenderModes.Select(Name));
            throw new UserInputException($"Environment '{spec.Id}' cannot render {Name(request.RenderMode)}; its render modes are: {modes}.");
        }
        // The view every agent's checkpoint was trained in is applied before the environment is made.
        var environmentOptions = AgentAssignment.WithRequiredOptions(agents, spec.Id, request.Agents, request.Options);
        return environments.Make(request.EnvironmentId, new Visitor(agents, request, options, cancellationToken), environmentOptions, request.RenderMode);
    }

    private static string Name(RenderMode mode) => mode switch
    {
        RenderMode.Ansi => "ansi",
        RenderMode.RgbArray => "rgb",
        _ => mode.ToString(),
    };

    private sealed class Visitor(AgentRegistry agents, RunRequest request, RunOptions options, CancellationToken cancellationToken) : IEnvironmentVisitor<RunResult>
    {
        public RunResult Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
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
    }
}
