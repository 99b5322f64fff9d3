using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Action;

/// <summary>Gymnasium's <c>TransformAction</c>: actions of a new space go through a function to the wrapped environment's actions.</summary>
internal sealed class TransformAction<TObs, TOuter, TInner> : ActionWrapper<TObs, TOuter, TInner>
{
    private readonly Func<TOuter, TInner> _transform;

    public TransformAction(IEnvironment<TObs, TInner> inner, Func<TOuter, TInner> transform, ISpace<TOuter> space) : base(inner)
    {
        _transform = transform ?? throw new ArgumentNullException(nameof(transform));
        ActionSpace = space ?? throw new ArgumentNullException(nameof(space));
    }

    public override ISpace<TOuter> ActionSpace { get; }

    protected override TInner Action(TOuter action) => _transform(action);
}
