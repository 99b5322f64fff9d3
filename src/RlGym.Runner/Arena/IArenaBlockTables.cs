namespace RlGym.Runner.Arena;

/// <summary>The type-erased face of <see cref="ArenaBlockTables{TObs, TAction}"/>.</summary>
internal interface IArenaBlockTables : IDisposable
{
    /// <summary>Plays block <paramref name="block"/> into <paramref name="into"/> (exactly its episodes); returns the agent actions taken.</summary>
    long Play(long block, Span<ArenaEpisode> into);
}
