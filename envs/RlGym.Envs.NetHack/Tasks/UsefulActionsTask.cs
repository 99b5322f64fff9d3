namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NetHack-v0, NLE's base environment: the change in in-game score (no time penalty by default), NLE's 86 useful
/// actions (<see cref="NetHackActions.Useful"/>), prompts answered as in the tasks.
/// </summary>
internal sealed class UsefulActionsTask(TimePenalty penalty) : ScoreTask(penalty)
{
    public override IReadOnlyList<NetHackAction> Actions => NetHackActions.Useful;
}
