using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NetHackEat-v0: the rise of the nutrition counter (the game's <c>u.uhunger</c>), max(0, after - before). On the
/// stock binary (engine terminal) the counter is not on the screen and the bridge's estimate stands in for it
/// (see <see cref="HungerEstimate"/>).
/// </summary>
internal sealed class EatTask(TimePenalty penalty) : NetHackTask(penalty)
{
    protected override (double Reward, bool Success) Judge(GameView before, GameView after) =>
        (Math.Max(0, after.Hunger - before.Hunger), false);
}
