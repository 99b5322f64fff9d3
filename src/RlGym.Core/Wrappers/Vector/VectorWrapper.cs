using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Core.Wrappers.Vector;

/// <summary>
/// Base class of vector wrappers (Gymnasium's <c>VectorWrapper</c>): forwards every member to the wrapped vector.
/// Override what the wrapper changes. Disposing the wrapper disposes the wrapped vector (once).
/// </summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
/// <typeparam name="TAction">The action type of one copy.</typeparam>
public abstract class VectorWrapper<TObs, TAction> : IVectorEnvironment<TObs, TAction>, IWrapper
{
    private bool _disposed;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected VectorWrapper(IVectorEnvironment<TObs, TAction> inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The wrapped vector.</summary>
    protected IVectorEnvironment<TObs, TAction> Inner { get; }

    /// <inheritdoc />
    public IDisposable InnerEnvironment => Inner;

    /// <inheritdoc />
    public int Count => Inner.Count;

    /// <inheritdoc />
    public virtual ISpace<TObs> SingleObservationSpace => Inner.SingleObservationSpace;

    /// <inheritdoc />
    public ISpace<TAction> SingleActionSpace => Inner.SingleActionSpace;

    /// <inheritdoc />
    public AutoresetMode Autoreset => Inner.Autoreset;

    /// <inheritdoc />
    public virtual VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default) =>
        Inner.Reset(seed, options, mask);

    /// <inheritdoc />
    public virtual VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions) => Inner.Step(actions);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Dispose(disposing: true);
        Inner.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the wrapper itself holds; the wrapped vector is disposed after this.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Split('`')[0]}<{Inner}>";
}
