using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>NetHackStaircase-v0: +1 on reaching a staircase down, which ends the episode.</summary>
internal class StaircaseTask(TimePenalty penalty) : NetHackTask(penalty)
{
    protected override (double Reward, bool Success) Judge(GameView before, GameView after) =>
        Reached(after) ? (1, true) : (0, false);

    /// <summary>True when the goal is reached in <paramref name="view"/>.</summary>
    protected virtual bool Reached(GameView view) => view.StairsDown;
}
