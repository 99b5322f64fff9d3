using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.MultiAgent;
using RlGym.Core.Registry;

namespace RlGym.Runner.Arena;

/// <summary>
/// Plays single blocks of an arena request (see <see cref="ArenaBlocks"/>) on the calling thread: what a worker on
/// another process or machine holds. A block's episodes are exactly those a local <see cref="ArenaRunner.Run"/> plays
/// for it, so a league assembled from blocks played anywhere (<see cref="ArenaRunner.Assemble"/>) equals the local one.
/// Not thread-safe: one block at a time.
/// </summary>
internal sealed class ArenaBlockPlayer : IDisposable
{
    private readonly IArenaBlockTables _tables;

    private ArenaBlockPlayer(ArenaRequest request, IArenaBlockTables tables)
    {
        Request = request;
        _tables = tables;
    }

    /// <summary>The request as played: validated, with the options the agents' checkpoints require.</summary>
    public ArenaRequest Request { get; }

    /// <summary>Opens a player for <paramref name="request"/> (checking it as <see cref="ArenaRunner.Check"/> does).</summary>
    /// <exception cref="UnknownEnvironmentException">When the environment is not registered.</exception>
    /// <exception cref="UnknownAgentException">When a spec names no agent, or one that does not fit its role.</exception>
    /// <exception cref="ArgumentException">When the request is malformed or the environment is not a two-role multi-agent one.</exception>
    public static ArenaBlockPlayer Open(EnvRegistry environments, AgentRegistry agents, ArenaRequest request)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(agents);
        request = ArenaRunner.Prepare(environments, agents, request);
        ArenaRunner.Check(environments, agents, request);
        return new ArenaBlockPlayer(request, environments.Make(request.EnvironmentId, new Opener(environments, agents, request), request.Options));
    }

    /// <summary>Plays block <paramref name="block"/>; returns its episodes (in episode order) and the agent actions taken.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the block is outside the request.</exception>
    public (ArenaEpisode[] Episodes, long AgentSteps) Play(long block)
    {
        var (_, _, count, _) = ArenaBlocks.Locate(Request, block);
        var episodes = new ArenaEpisode[count];
        long steps = _tables.Play(block, episodes);
        return (episodes, steps);
    }

    /// <inheritdoc />
    public void Dispose() => _tables.Dispose();

    private sealed class Opener(EnvRegistry environments, AgentRegistry agents, ArenaRequest request) : IEnvironmentVisitor<IArenaBlockTables>
    {
        public IArenaBlockTables Visit<TObs, TAction>(IEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            throw new UserInputException($"Environment '{request.EnvironmentId}' is single-agent; the arena pits the roles of a multi-agent environment against each other.");
        }

        public IArenaBlockTables VisitParallel<TObs, TAction>(IParallelEnvironment<TObs, TAction> environment)
        {
            environment.Dispose();
            return new ArenaBlockTables<TObs, TAction>(environments, agents, request);
        }
    }
}
