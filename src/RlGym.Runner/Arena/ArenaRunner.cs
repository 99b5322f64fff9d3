using System.Diagnostics;
using System.Runtime.ExceptionServices;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner.Arena;

/// <summary>
/// Plays an <see cref="ArenaRequest"/>: every agent of role A against every agent of role B, on all the threads asked
/// for. The work is cut into blocks of <see cref="ArenaRequest.Lanes"/> episodes of one pairing; each thread keeps one
/// table (an environment per lane and a batch agent per role) for the pairing it is playing, and every episode is seeded
/// from the request's seed and its own index alone, so the results are the same whatever the thread count and
/// whichever thread plays which block. Agents must play an episode from its seed alone (the agent contract): the arena
/// never calls <see cref="IAgent{TObs, TAction}.Observe"/>.
/// </summary>
public static class ArenaRunner
{
    /// <summary>Checks that every agent fits its role (making each once), without playing.</summary>
    /// <exception cref="UnknownEnvironmentException">When the environment is not registered.</exception>
    /// <exception cref="UnknownAgentException">When a spec names no agent, or one that does not fit its role.</exception>
    /// <exception cref="ArgumentException">When the request is malformed, the environment is not a two-role multi-agent one, or an agent's argument is bad.</exception>
    public static void Check(EnvRegistry environments, AgentRegistry agents, ArenaRequest request) =>
        Start(environments, agents, request, play: false, null, CancellationToken.None);

    /// <summary>Plays every pairing; <paramref name="progress"/> hears the number of episodes finished so far (from any thread).</summary>
    /// <exception cref="UnknownEnvironmentException">When the environment is not registered.</exception>
    /// <exception cref="UnknownAgentException">When a spec names no agent, or one that does not fit its role.</exception>
    /// <exception cref="ArgumentException">When the request is malformed, the environment is not a two-role multi-agent one, or an agent's argument is bad.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> fires; what was played is dropped.</exception>
    public static ArenaResult Run(EnvRegistry environments, AgentRegistry agents, ArenaRequest request, Action<long>? progress = null, CancellationToken cancellationToken = default) =>
        Start(environments, agents, request, play: true, progress, cancellationToken)!;

    /// <summary>
    /// The request as it is played: validated, with the options every agent's checkpoint was trained with (all agents
    /// must agree on them). Applying it twice changes nothing.
    /// </summary>
    /// <exception cref="UnknownEnvironmentException">When the environment is not registered.</exception>
    /// <exception cref="ArgumentException">When the request is malformed, the environment is single-agent, or the agents' required options contradict.</exception>
    public static ArenaRequest Prepare(EnvRegistry environments, AgentRegistry agents, ArenaRequest request)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var spec = environments.Spec(request.EnvironmentId);
        if (!spec.MultiAgent)
        {
            throw new UserInputException($"Environment '{spec.Id}' is single-agent; the arena pits the roles of a multi-agent environment against each other.");
        }
        return request with { Options = AgentAssignment.WithRequiredOptions(agents, spec.Id, [.. request.AgentsA, .. request.AgentsB], request.Options ?? EnvOptions.Empty) };
    }

    /// <summary>
    /// Assembles the result of a run from every episode of <paramref name="request"/> (in pairing, then episode order;
    /// see <see cref="ArenaBlocks.Locate"/> for where a block's episodes go), wherever they were played.
    /// </summary>
    /// <exception cref="ArgumentException">When the number of episodes does not match the request.</exception>
    internal static ArenaResult Assemble(ArenaRequest request, ArenaEpisode[] played, long agentSteps, double seconds)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(played);
        int episodes = request.Episodes;
        if (played.LongLength != (long)request.Pairings * episodes)
        {
            throw new ArgumentException($"The run has {(long)request.Pairings * episodes} episodes; got {played.LongLength}.", nameof(played));
        }
        var pairings = new ArenaPairing[request.Pairings];
        for (int p = 0; p < pairings.Length; p++)
        {
            pairings[p] = ArenaPairing.Summarise(p, request.AgentsA[p / request.AgentsB.Count], request.AgentsB[p % request.AgentsB.Count],
                played.AsSpan(p * episodes, episodes));
        }
        return new ArenaResult(request, pairings, played, agentSteps, seconds);
    }

    private static ArenaResult? Start(EnvRegistry environments, AgentRegistry agents, ArenaRequest request, bool play, Action<long>? progress, CancellationToken cancellationToken)
    {
        request = Prepare(environments, agents, request);
        return environments.Make(request.EnvironmentId, new Visitor(environments, agents, request, play, progress, cancellationToken), request.Options);
    }

    private sealed class Visitor(
        EnvRegistry environments, AgentRegistry agents, ArenaRequest request, bool play, Action<long>? progress, CancellationToken cancellationToken)
        : IEnvironmentVisitor<ArenaResult?>
    {
        public ArenaResult? Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            throw new UserInputException($"Environment '{request.EnvironmentId}' is single-agent; the arena pits the roles of a multi-agent environment against each other.");
        }

        public ArenaResult? VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            using (environment)
            {
                foreach (string role in new[] { request.RoleA, request.RoleB })
                {
                    if (!environment.PossibleAgents.Contains(role))
                    {
                        throw new UserInputException($"Environment '{request.EnvironmentId}' has no role '{role}'; its roles are: {string.Join(", ", environment.PossibleAgents)}.");
                    }
                }
                CheckAgents(environment, request.RoleA, request.AgentsA);
                CheckAgents(environment, request.RoleB, request.AgentsB);
            }
            return play ? Play<TObs, TAction>() : null;
        }

        private void CheckAgents<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment, string role, IReadOnlyList<string> specs)
        {
            var context = new AgentContext<TObs, TAction>(environment, environment.ObservationSpace(role), environment.ActionSpace(role), role, null);
            foreach (string spec in specs)
            {
                agents.CreateBatch(spec, [context]).Dispose();
            }
        }

        private ArenaResult Play<TObs, TAction>()
        {
            var clock = Stopwatch.StartNew();
            int episodes = request.Episodes;
            long items = ArenaBlocks.Count(request);
            int threads = (int)Math.Min(request.Threads, items);
            var played = new ArenaEpisode[(long)request.Pairings * episodes];
            long next = -1, finished = 0, agentSteps = 0;
            var errors = new Exception?[threads];
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var workers = new Thread[threads];
            for (int w = 0; w < threads; w++)
            {
                int worker = w;
                workers[w] = new Thread(() =>
                {
                    using var tables = new ArenaBlockTables<TObs, TAction>(environments, agents, request);
                    try
                    {
                        long item;
                        while (!failed.IsCancellationRequested && (item = Interlocked.Increment(ref next)) < items)
                        {
                            var (_, _, count, offset) = ArenaBlocks.Locate(request, item);
                            long steps = tables.Play(item, played.AsSpan((int)offset, count));
                            Interlocked.Add(ref agentSteps, steps);
                            progress?.Invoke(Interlocked.Add(ref finished, count));
                        }
                    }
                    catch (Exception error)
                    {
                        errors[worker] = error;
                        failed.Cancel();
                    }
                })
                { IsBackground = true, Name = $"arena-{worker}" };
                workers[w].Start();
            }
            foreach (var worker in workers)
            {
                worker.Join();
            }
            if (errors.FirstOrDefault(e => e is not null) is { } first)
            {
                ExceptionDispatchInfo.Capture(first).Throw();
            }
            cancellationToken.ThrowIfCancellationRequested();
            return Assemble(request, played, agentSteps, clock.Elapsed.TotalSeconds);
        }
    }
}
