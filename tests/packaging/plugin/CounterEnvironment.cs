using RlGym.Core;
using RlGym.Core.Random;
using RlGym.Core.Registry;
using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace PackagedPlugin;

/// <summary>
/// Count down from a seeded start (1 to 9): the observation is what is left, action 1 counts one down, action 0 stops.
/// Stopping on 0 pays 1, anywhere else 0; counting down to -2 ends the episode with -1.
/// </summary>
public sealed class CounterEnvironment : IEnvironment<int, int>
{
    /// <summary>The id the plugin registers.</summary>
    public const string Id = "Packaged/Counter-v0";

    private readonly Rng _rng = new(0);
    private int _left;
    private bool _started;
    private bool _over;
    private bool _disposed;

    /// <summary>Creates the environment.</summary>
    public CounterEnvironment(RenderMode renderMode, EnvOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequireKnown(Id);
        RenderMode = renderMode;
    }

    /// <inheritdoc/>
    public EnvSpec? Spec => null;

    /// <inheritdoc/>
    public ISpace<int> ObservationSpace { get; } = new Discrete(12, start: -2);

    /// <inheritdoc/>
    public ISpace<int> ActionSpace { get; } = new Discrete(2);

    /// <inheritdoc/>
    public RenderMode RenderMode { get; }

    /// <inheritdoc/>
    public ResetResult<int> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        ThrowIfDisposed();
        if (seed is ulong s)
        {
            _rng.Reseed(s);
        }
        _left = 1 + _rng.NextInt(9);
        _started = true;
        _over = false;
        return new ResetResult<int>(_left, Info.Empty);
    }

    /// <inheritdoc/>
    public StepResult<int> Step(int action)
    {
        ThrowIfDisposed();
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        if (!_started)
        {
            throw EnvironmentErrors.StepBeforeReset(Id);
        }
        if (_over)
        {
            throw EnvironmentErrors.StepAfterEnd(Id);
        }
        double reward = 0;
        if (action == 0)
        {
            reward = _left == 0 ? 1 : 0;
            _over = true;
        }
        else
        {
            _left--;
            if (_left == -2)
            {
                reward = -1;
                _over = true;
            }
        }
        return new StepResult<int>(_left, reward, _over, false, Info.Empty);
    }

    /// <inheritdoc/>
    public Frame? Render() => RenderMode == RenderMode.Ansi ? Frame.FromText($"left {_left}") : null;

    /// <inheritdoc/>
    public void Dispose() => _disposed = true;

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw EnvironmentErrors.Disposed(Id);
        }
    }
}
