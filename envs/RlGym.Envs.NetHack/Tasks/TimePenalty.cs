namespace RlGym.Envs.NetHack.Tasks;

/// <summary>
/// NLE's time penalty (<c>NetHackScore._get_time_penalty</c>): a step on which the game's turn counter did not move
/// (a menu, a wall bumped, a key the game ignored) is "frozen"; the penalty grows with the run of frozen steps as
/// <paramref name="Mode"/> says, plus <paramref name="TimeWeight"/> per turn that did pass.
/// </summary>
/// <param name="Mode">How the penalty grows.</param>
/// <param name="StepWeight">NLE's <c>penalty_step</c> (default -0.01).</param>
/// <param name="TimeWeight">NLE's <c>penalty_time</c> (default 0).</param>
internal sealed class TimePenalty(PenaltyMode Mode, double StepWeight, double TimeWeight)
{
    private int _frozen;

    /// <summary>Starts an episode.</summary>
    public void Reset() => _frozen = 0;

    /// <summary>The penalty for a step from turn <paramref name="before"/> to turn <paramref name="after"/>.</summary>
    public double For(long before, long after)
    {
        _frozen = before == after ? _frozen + 1 : 0;
        double penalty = Mode switch
        {
            PenaltyMode.Constant => _frozen > 0 ? StepWeight : 0,
            PenaltyMode.Exp => Math.Pow(2, _frozen) * StepWeight,
            PenaltyMode.Square => (double)_frozen * _frozen * StepWeight,
            PenaltyMode.Linear => _frozen * StepWeight,
            _ => StepWeight,
        };
        return penalty + (after - before) * TimeWeight;
    }
}
