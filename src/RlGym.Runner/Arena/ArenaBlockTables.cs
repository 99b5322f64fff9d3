using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Runner.Arena;

/// <summary>
/// Plays blocks of a request one at a time on one thread, keeping the table of the pairing it last played (tables
/// are made afresh only when the pairing changes). Both the local threads of <see cref="ArenaRunner"/> and
/// <see cref="ArenaBlockPlayer"/> (what a cluster worker holds) play through this, so a block is played by the same
/// code wherever it runs.
/// </summary>
internal sealed class ArenaBlockTables<TObs, TAction>(EnvRegistry environments, AgentRegistry agents, ArenaRequest request) : IArenaBlockTables
{
    private ArenaTable<TObs, TAction>? _table;

    public long Play(long block, Span<ArenaEpisode> into)
    {
        var (pairing, first, count, _) = ArenaBlocks.Locate(request, block);
        if (into.Length != count)
        {
            throw new ArgumentException($"Block {block} has {count} episodes; got room for {into.Length}.", nameof(into));
        }
        if (_table?.Pairing != pairing)
        {
            _table?.Dispose();
            _table = null;
            _table = new ArenaTable<TObs, TAction>(environments, agents, request, pairing, ArenaBlocks.Lanes(request));
        }
        return _table.Play(first, into);
    }

    public void Dispose()
    {
        _table?.Dispose();
        _table = null;
    }
}
