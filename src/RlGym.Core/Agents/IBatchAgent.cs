namespace RlGym.Core.Agents;

/// <summary>
/// An agent that acts for many games at once, one per lane: a neural policy answers a whole batch with one forward pass
/// instead of one pass per game. The arena plays episodes in waves: <see cref="BeginEpisodes"/> starts one episode in
/// every lane, then <see cref="Act"/> is called once per step with every lane's observation until all lanes are done;
/// the actions of lanes whose episode already ended are ignored. Get one from <see cref="AgentRegistry.CreateBatch{TObs, TAction}"/>,
/// which batches any agent (factories that know how implement <see cref="IBatchAgentFactory"/>; the others get one
/// agent per lane). Not thread-safe: one batch agent per thread.
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public interface IBatchAgent<TObs, TAction> : IDisposable
{
    /// <summary>A short name for tables and logs (usually the spec string it was made from).</summary>
    string Name { get; }

    /// <summary>How many games it plays side by side.</summary>
    int Lanes { get; }

    /// <summary>Starts an episode in every lane; <paramref name="seeds"/> holds one seed per lane for any randomness.</summary>
    /// <exception cref="ArgumentException">When there is not exactly one seed per lane.</exception>
    void BeginEpisodes(ReadOnlySpan<ulong> seeds);

    /// <summary>Writes each lane's action for that lane's observation.</summary>
    /// <exception cref="ArgumentException">When there is not exactly one observation and one action slot per lane.</exception>
    void Act(ReadOnlySpan<TObs> observations, Span<TAction> actions);
}
