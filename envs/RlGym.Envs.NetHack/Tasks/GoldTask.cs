using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>NetHackGold-v0: the change in gold carried; only gold is picked up automatically.</summary>
internal sealed class GoldTask(TimePenalty penalty) : NetHackTask(penalty)
{
    public override string PickupTypes => "$";

    protected override (double Reward, bool Success) Judge(GameView before, GameView after) =>
        (after.Blstats[Blstats.Gold] - before.Blstats[Blstats.Gold], false);
}
