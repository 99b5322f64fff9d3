using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>Maps every observation through a function into a new space (Gymnasium's <c>TransformObservation</c>).</summary>
internal sealed class TransformObservation<TIn, TOut, TAction> : IEnvironment<TOut, TAction>, IWrapper
{
    private readonly IEnvironment<TIn, TAction> _inner;
    private readonly Func<TIn, TOut> _transform;
    private bool _disposed;

    public TransformObservation(IEnvironment<TIn, TAction> inner, Func<TIn, TOut> transform, ISpace<TOut> space)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _transform = transform ?? throw new ArgumentNullException(nameof(transform));
        ObservationSpace = space ?? throw new ArgumentNullException(nameof(space));
    }

    public IDisposable InnerEnvironment => _inner;

    public EnvSpec? Spec => _inner.Spec;

    public ISpace<TOut> ObservationSpace { get; }

    public ISpace<TAction> ActionSpace => _inner.ActionSpace;

    public RenderMode RenderMode => _inner.RenderMode;

    public ResetResult<TOut> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = _inner.Reset(seed, options);
        return new ResetResult<TOut>(_transform(result.Observation), result.Info);
    }

    public StepResult<TOut> Step(TAction action)
    {
        var r = _inner.Step(action);
        return new StepResult<TOut>(_transform(r.Observation), r.Reward, r.Terminated, r.Truncated, r.Info);
    }

    public Frame? Render() => _inner.Render();

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _inner.Dispose();
        }
    }
}
