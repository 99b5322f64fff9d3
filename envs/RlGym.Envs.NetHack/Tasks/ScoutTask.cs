using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NetHackScout-v0: +1 for each map cell newly seen on a level, keyed by (dungeon number, level): cells whose glyph
/// is not dark stone (the stock binary, which sends no glyphs: cells that show anything).
/// </summary>
internal sealed class ScoutTask(TimePenalty penalty) : NetHackTask(penalty)
{
    private readonly Dictionary<(long Dungeon, long Level), int> _explored = [];

    public override void BeginEpisode(GameView start)
    {
        base.BeginEpisode(start);
        _explored.Clear();
    }

    protected override (double Reward, bool Success) Judge(GameView before, GameView after)
    {
        var key = (after.Blstats[Blstats.DungeonNumber], after.Blstats[Blstats.DungeonLevel]);
        int seen = after.SeenCells();
        int old = _explored.TryGetValue(key, out int known) ? known : 0;
        _explored[key] = seen;
        return (seen - old, false);
    }
}
