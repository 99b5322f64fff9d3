using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>
/// Gymnasium's vector <c>TransformObservation</c>: every copy's observation goes through a function into a new space.
/// The results are kept in the wrapper's own array (valid until the next call); allocates only what the function does.
/// </summary>
internal sealed class VectorTransformObservation<TIn, TOut, TAction> : IVectorEnvironment<TOut, TAction>, IWrapper
{
    private readonly IVectorEnvironment<TIn, TAction> _inner;
    private readonly Func<TIn, TOut> _transform;
    private readonly TOut[] _observations;
    private bool _disposed;

    public VectorTransformObservation(IVectorEnvironment<TIn, TAction> inner, Func<TIn, TOut> transform, ISpace<TOut> space)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _transform = transform ?? throw new ArgumentNullException(nameof(transform));
        SingleObservationSpace = space ?? throw new ArgumentNullException(nameof(space));
        _observations = new TOut[inner.Count];
    }

    public IDisposable InnerEnvironment => _inner;

    public int Count => _inner.Count;

    public ISpace<TOut> SingleObservationSpace { get; }

    public ISpace<TAction> SingleActionSpace => _inner.SingleActionSpace;

    public AutoresetMode Autoreset => _inner.Autoreset;

    public VectorResetResult<TOut> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        var result = _inner.Reset(seed, options, mask);
        Transform(result.Observations);
        return result.WithObservations(_observations);
    }

    public VectorStepResult<TOut> Step(ReadOnlySpan<TAction> actions)
    {
        var result = _inner.Step(actions);
        Transform(result.Observations);
        return result.WithObservations(_observations);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _inner.Dispose();
        }
    }

    private void Transform(ReadOnlySpan<TIn> observations)
    {
        for (int i = 0; i < observations.Length; i++)
        {
            _observations[i] = _transform(observations[i]);
        }
    }
}
