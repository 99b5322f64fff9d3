using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Base class of wrappers that change what the agent observes (Gymnasium's <c>ObservationWrapper</c>): every
/// observation from Reset and Step goes through <see cref="Observation"/> into <see cref="ObservationSpace"/>.
/// Disposing the wrapper disposes the wrapped environment (once).
/// </summary>
/// <typeparam name="TIn">The wrapped environment's observation type.</typeparam>
/// <typeparam name="TOut">The observation type this wrapper gives.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public abstract class ObservationWrapper<TIn, TOut, TAction> : IEnvironment<TOut, TAction>, IWrapper
{
    private bool _disposed;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected ObservationWrapper(IEnvironment<TIn, TAction> inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The wrapped environment.</summary>
    protected IEnvironment<TIn, TAction> Inner { get; }

    /// <inheritdoc />
    public IDisposable InnerEnvironment => Inner;

    /// <inheritdoc />
    public EnvSpec? Spec => Inner.Spec;

    /// <inheritdoc />
    public abstract ISpace<TOut> ObservationSpace { get; }

    /// <inheritdoc />
    public ISpace<TAction> ActionSpace => Inner.ActionSpace;

    /// <inheritdoc />
    public RenderMode RenderMode => Inner.RenderMode;

    /// <inheritdoc />
    public virtual ResetResult<TOut> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        return new ResetResult<TOut>(Observation(result.Observation), result.Info);
    }

    /// <inheritdoc />
    public virtual StepResult<TOut> Step(TAction action)
    {
        var r = Inner.Step(action);
        return new StepResult<TOut>(Observation(r.Observation), r.Reward, r.Terminated, r.Truncated, r.Info);
    }

    /// <inheritdoc />
    public virtual Frame? Render() => Inner.Render();

    /// <summary>The observation this wrapper gives for the wrapped environment's <paramref name="observation"/>.</summary>
    protected abstract TOut Observation(TIn observation);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Inner.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Split('`')[0]}<{Inner}>";
}
