namespace RlGym.Core.Wrappers.Reward;

/// <summary>Gymnasium's <c>TransformReward</c>: every reward goes through a function. Allocates nothing of its own per step.</summary>
internal sealed class TransformReward<TObs, TAction> : Wrapper<TObs, TAction>
{
    private readonly Func<double, double> _transform;

    public TransformReward(IEnvironment<TObs, TAction> inner, Func<double, double> transform) : base(inner) =>
        _transform = transform ?? throw new ArgumentNullException(nameof(transform));

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        return result with { Reward = _transform(result.Reward) };
    }
}
