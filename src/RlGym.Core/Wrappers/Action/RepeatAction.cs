namespace RlGym.Core.Wrappers.Action;

/// <summary>
/// Gymnasium's <c>RepeatAction</c>: applies each action <c>repeats</c> times (stopping early when the episode ends) and
/// returns the last observation, flags and info with the rewards summed. Allocates nothing of its own per step.
/// </summary>
internal sealed class RepeatAction<TObs, TAction> : Wrapper<TObs, TAction>
{
    private readonly int _repeats;

    public RepeatAction(IEnvironment<TObs, TAction> inner, int repeats) : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        _repeats = repeats;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        double total = 0;
        StepResult<TObs> last = default;
        for (int i = 0; i < _repeats; i++)
        {
            last = Inner.Step(action);
            total += last.Reward;
            if (last.IsDone)
            {
                break;
            }
        }
        return last with { Reward = total };
    }
}
