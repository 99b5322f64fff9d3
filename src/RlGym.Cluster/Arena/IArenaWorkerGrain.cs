namespace RlGym.Cluster.Arena;

/// <summary>
/// An arena match worker: plays blocks of seeded episodes of one run, one at a time, keeping the tables (environments
/// and agents) of the pairing it last played. Its key is <c>RUN/SILO/SLOT</c>: it is placed on silo SILO while that
/// silo is alive (see <see cref="Placement.SiloPinnedPlacement"/>).
/// </summary>
[Alias("rlgym.IArenaWorkerGrain")]
public interface IArenaWorkerGrain : IGrainWithStringKey
{
    /// <summary>Plays block <paramref name="block"/> of <paramref name="job"/> (see <see cref="Runner.Arena.ArenaBlocks"/>).</summary>
    [Alias("Play")]
    Task<ArenaBlockReply> Play(ArenaJob job, long block);

    /// <summary>Drops the run's tables and lets the worker go.</summary>
    [Alias("Release")]
    Task Release();
}
