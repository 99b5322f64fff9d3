using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>Gymnasium's vector <c>TransformReward</c>: every copy's reward goes through a function. Allocates nothing of its own per step.</summary>
internal sealed class VectorTransformReward<TObs, TAction> : VectorWrapper<TObs, TAction>
{
    private readonly Func<double, double> _transform;
    private readonly double[] _rewards;

    public VectorTransformReward(IVectorEnvironment<TObs, TAction> inner, Func<double, double> transform) : base(inner)
    {
        _transform = transform ?? throw new ArgumentNullException(nameof(transform));
        _rewards = new double[inner.Count];
    }

    public override VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        var result = Inner.Step(actions);
        for (int i = 0; i < _rewards.Length; i++)
        {
            _rewards[i] = _transform(result.Rewards[i]);
        }
        return result.WithRewards(_rewards);
    }
}
