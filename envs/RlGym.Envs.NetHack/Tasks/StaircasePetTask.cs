using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Tasks;

/// <summary>NetHackStaircasePet-v0: +1 on reaching a staircase down with the pet next to the hero.</summary>
internal sealed class StaircasePetTask(TimePenalty penalty) : StaircaseTask(penalty)
{
    protected override bool Reached(GameView view) => view.StairsDown && view.PetAdjacent();
}
