using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace RlGym.Core;

/// <summary>
/// The bookkeeping every environment does around its episodes: whether an episode was ever started, whether the
/// current one is still live, whether the environment was disposed, and the standard errors of
/// <see cref="EnvironmentErrors"/> when a call comes out of order. An environment keeps one and calls
/// <see cref="Begin"/> in Reset, <see cref="EnsureLive"/> first thing in Step, <see cref="End"/> when an episode
/// terminates or is truncated, and <see cref="TryDispose"/> in Dispose.
/// </summary>
/// <remarks>The check in Step is one field read on the path where the episode is live; it allocates nothing.</remarks>
/// <param name="environment">The name the errors give (usually the spec's id).</param>
public sealed class EpisodeLifecycle(string environment)
{
    private bool _started;
    private bool _live;
    private bool _disposed;

    /// <summary>The name the errors give.</summary>
    public string Environment { get; } = environment ?? throw new ArgumentNullException(nameof(environment));

    /// <summary>Whether Reset has been called at least once.</summary>
    public bool HasStarted => _started;

    /// <summary>Whether an episode is running: Reset was called and the episode has not ended since.</summary>
    public bool IsLive => _live;

    /// <summary>Whether the environment was disposed.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>Starts an episode (call at the start of Reset, before any work).</summary>
    /// <exception cref="ObjectDisposedException">When the environment was disposed.</exception>
    public void Begin()
    {
        EnsureNotDisposed();
        _started = true;
        _live = true;
    }

    /// <summary>Marks the running episode as ended (terminated or truncated).</summary>
    public void End() => _live = false;

    /// <summary>Throws the standard error unless an episode is live (call first thing in Step).</summary>
    /// <exception cref="ObjectDisposedException">When the environment was disposed.</exception>
    /// <exception cref="InvalidOperationException">Before the first Reset, or after the episode ended.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureLive()
    {
        if (!_live)
        {
            ThrowNotLive();
        }
    }

    /// <summary>Throws when the environment was disposed (call in Render and the other members that need no episode).</summary>
    /// <exception cref="ObjectDisposedException">When the environment was disposed.</exception>
    public void EnsureNotDisposed()
    {
        if (_disposed)
        {
            throw EnvironmentErrors.Disposed(Environment);
        }
    }

    /// <summary>Marks the environment disposed; true the first time, so resources are released once.</summary>
    public bool TryDispose()
    {
        if (_disposed)
        {
            return false;
        }
        _disposed = true;
        _live = false;
        return true;
    }

    [DoesNotReturn]
    private void ThrowNotLive()
    {
        EnsureNotDisposed();
        throw _started ? EnvironmentErrors.StepAfterEnd(Environment) : EnvironmentErrors.StepBeforeReset(Environment);
    }
}
