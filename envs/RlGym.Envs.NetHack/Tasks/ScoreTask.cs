using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>NetHackScore-v0: the change in the in-game score.</summary>
internal class ScoreTask(TimePenalty penalty) : NetHackTask(penalty)
{
    protected override (double Reward, bool Success) Judge(GameView before, GameView after) =>
        (after.Blstats[Blstats.Score] - before.Blstats[Blstats.Score], false);
}
