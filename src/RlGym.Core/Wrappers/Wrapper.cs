using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Base class of single-agent wrappers: forwards every member to the wrapped environment. Override what
/// the wrapper changes. Disposing the wrapper disposes the wrapped environment (once).
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TAction">The action type.</typeparam>
public abstract class Wrapper<TObs, TAction> : IEnvironment<TObs, TAction>, IWrapper
{
    private bool _disposed;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected Wrapper(IEnvironment<TObs, TAction> inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The wrapped environment.</summary>
    protected IEnvironment<TObs, TAction> Inner { get; }

    /// <inheritdoc />
    public IDisposable InnerEnvironment => Inner;

    internal EnvSpec? SpecOverride { get; set; }

    /// <inheritdoc />
    public virtual EnvSpec? Spec => SpecOverride ?? Inner.Spec;

    /// <inheritdoc />
    public virtual ISpace<TObs> ObservationSpace => Inner.ObservationSpace;

    /// <inheritdoc />
    public virtual ISpace<TAction> ActionSpace => Inner.ActionSpace;

    /// <inheritdoc />
    public RenderMode RenderMode => Inner.RenderMode;

    /// <inheritdoc />
    public virtual ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null) => Inner.Reset(seed, options);

    /// <inheritdoc />
    public virtual StepResult<TObs> Step(TAction action) => Inner.Step(action);

    /// <inheritdoc />
    public virtual Frame? Render() => Inner.Render();

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

    /// <summary>Releases what the wrapper itself holds; the wrapped environment is disposed after this.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name.Split('`')[0]}<{Inner}>";
}
