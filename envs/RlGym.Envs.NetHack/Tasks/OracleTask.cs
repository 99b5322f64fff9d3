using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>NetHackOracle-v0: +1 on standing next to the Oracle.</summary>
internal sealed class OracleTask(TimePenalty penalty) : StaircaseTask(penalty)
{
    protected override bool Reached(GameView view) => view.OracleAdjacent();
}
