using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Base class of wrappers that change what the agent does (Gymnasium's <c>ActionWrapper</c>): every action in
/// <see cref="ActionSpace"/> goes through <see cref="Action"/> to the wrapped environment's action. An action outside
/// <see cref="ActionSpace"/> is refused with <see cref="InvalidActionException"/>. Disposing disposes the wrapped environment (once).
/// </summary>
/// <typeparam name="TObs">The observation type.</typeparam>
/// <typeparam name="TOuter">The action type this wrapper takes.</typeparam>
/// <typeparam name="TInner">The wrapped environment's action type.</typeparam>
public abstract class ActionWrapper<TObs, TOuter, TInner> : IEnvironment<TObs, TOuter>, IWrapper
{
    private bool _disposed;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    protected ActionWrapper(IEnvironment<TObs, TInner> inner) => Inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The wrapped environment.</summary>
    protected IEnvironment<TObs, TInner> Inner { get; }

    /// <inheritdoc />
    public IDisposable InnerEnvironment => Inner;

    /// <inheritdoc />
    public EnvSpec? Spec => Inner.Spec;

    /// <inheritdoc />
    public ISpace<TObs> ObservationSpace => Inner.ObservationSpace;

    /// <inheritdoc />
    public abstract ISpace<TOuter> ActionSpace { get; }

    /// <inheritdoc />
    public RenderMode RenderMode => Inner.RenderMode;

    /// <inheritdoc />
    public ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null) => Inner.Reset(seed, options);

    /// <inheritdoc />
    public StepResult<TObs> Step(TOuter action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        return Inner.Step(Action(action));
    }

    /// <inheritdoc />
    public Frame? Render() => Inner.Render();

    /// <summary>The wrapped environment's action for <paramref name="action"/>.</summary>
    protected abstract TInner Action(TOuter action);

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
