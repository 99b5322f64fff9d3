namespace RlGym.Core.Wrappers.Reward;

/// <summary>Gymnasium's <c>ClipReward</c>: clips every reward into [<c>min</c>, <c>max</c>]. Allocates nothing per step.</summary>
internal sealed class ClipReward<TObs, TAction> : Wrapper<TObs, TAction>
{
    private readonly double _min;
    private readonly double _max;

    public ClipReward(IEnvironment<TObs, TAction> inner, double min, double max) : base(inner)
    {
        if (!(min <= max))
        {
            throw new ArgumentException($"ClipReward needs min <= max, got min={min}, max={max}.");
        }
        _min = min;
        _max = max;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        return result with { Reward = Math.Clamp(result.Reward, _min, _max) };
    }
}
