using RlGym.Core;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;
using RlGym.Envs.NetHack.Game;

namespace RlGym.Envs.NetHack;

/// <summary>
/// N NetHack environments stepped in parallel from one thread: a step types every game's key first and only then
/// collects the outcomes, so the N game processes compute at the same time on as many cores while the caller's thread
/// waits on each in turn, with no hand-off between threads. Seeds, time limit (truncation) and the three autoreset
/// modes behave as in the synchronous vector; each copy's trajectory is the one a single environment gives. Games built
/// from source run in this process, on the thread that steps them: their steps are completed by the caller's thread
/// and dedicated worker threads (one fewer than the cores the games can use, see <see cref="StepWorkers"/>; each game
/// keeps to one thread), so N games use up to N cores with no system call in the hand-off while the threads are busy.
/// Each game refills the arrays of one observation dictionary the vector owns, so a vector step allocates no
/// observations; they are valid until the next call, as the vector API says.
/// </summary>
internal sealed class NetHackVectorEnvironment : IVectorEnvironment<IReadOnlyDictionary<string, object>, int>
{
    private readonly NetHackEnvironment[] _envs;
    private readonly int? _maxSteps;
    private readonly int[] _elapsed;
    private readonly IReadOnlyDictionary<string, object>[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;
    private readonly bool[] _needsReset;
    private readonly bool[] _resetting;
    private readonly StepWorkers? _workers;
    private readonly Action<int> _complete;
    private bool _disposed;

    /// <summary>Makes <see cref="VectorContext.Count"/> environments with <paramref name="make"/>.</summary>
    public NetHackVectorEnvironment(VectorContext context, Func<NetHackEnvironment> make)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(context.Count, 1);
        int n = context.Count;
        _envs = new NetHackEnvironment[n];
        try
        {
            for (int i = 0; i < n; i++)
            {
                _envs[i] = make();
            }
        }
        catch
        {
            foreach (var env in _envs)
            {
                env?.Dispose();
            }
            throw;
        }
        _maxSteps = context.MaxEpisodeSteps;
        Autoreset = context.Autoreset;
        if (n > 1 && _envs.All(e => e.InProcess))
        {
            _workers = new StepWorkers(n, StepWorkers.WorkersFor(n), "NetHack vector");
        }
        _complete = Complete;
        _elapsed = new int[n];
        _observations = new IReadOnlyDictionary<string, object>[n];
        for (int i = 0; i < n; i++)
        {
            _observations[i] = _envs[i].AllocateObservation();
        }
        _rewards = new double[n];
        _terminated = new bool[n];
        _truncated = new bool[n];
        _infos = new Info[n];
        Array.Fill(_infos, Info.Empty);
        _needsReset = new bool[n];
        _resetting = new bool[n];
    }

    /// <inheritdoc />
    public int Count => _envs.Length;

    /// <inheritdoc />
    public ISpace<IReadOnlyDictionary<string, object>> SingleObservationSpace => _envs[0].ObservationSpace;

    /// <inheritdoc />
    public ISpace<int> SingleActionSpace => _envs[0].ActionSpace;

    /// <inheritdoc />
    public AutoresetMode Autoreset { get; }

    /// <inheritdoc />
    public VectorResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (mask.Length != 0 && mask.Length != Count)
        {
            throw new ArgumentException($"The reset mask has {mask.Length} entries; this vector has {Count} environments.", nameof(mask));
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            if (mask.Length == 0 || mask[i])
            {
                _infos[i] = _envs[i].ResetKeep(_observations[i], seed is ulong s ? s + (ulong)i : null, options);
                _elapsed[i] = 0;
                _needsReset[i] = false;
            }
        }
        return new VectorResetResult<IReadOnlyDictionary<string, object>>(_observations, _infos);
    }

    /// <inheritdoc />
    public VectorStepResult<IReadOnlyDictionary<string, object>> Step(ReadOnlySpan<int> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            _resetting[i] = _needsReset[i] && Autoreset == AutoresetMode.NextStep;
            if (_needsReset[i] && Autoreset == AutoresetMode.Disabled)
            {
                throw EnvironmentErrors.StepAfterEnd($"{_envs[i]} (vector copy {i})");
            }
            if (!_resetting[i])
            {
                _envs[i].CheckStep(actions[i]);
            }
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            if (!_resetting[i])
            {
                _envs[i].BeginStep(actions[i]);
            }
        }
        if (_workers is not null)
        {
            _workers.Run(_complete);
        }
        else
        {
            for (int i = 0; i < _envs.Length; i++)
            {
                Complete(i);
            }
        }
        return new VectorStepResult<IReadOnlyDictionary<string, object>>(_observations, _rewards, _terminated, _truncated, _infos);
    }

    /// <summary>Disposes every environment; safe to call twice.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _workers?.Dispose();
        foreach (var env in _envs)
        {
            env.Dispose();
        }
    }

    private void Complete(int i)
    {
        var env = _envs[i];
        if (_resetting[i])
        {
            _infos[i] = env.ResetKeep(_observations[i]);
            _rewards[i] = 0;
            _terminated[i] = _truncated[i] = _needsReset[i] = false;
            _elapsed[i] = 0;
            return;
        }
        var result = env.CompleteStepKeep(_observations[i]);
        _elapsed[i]++;
        bool truncated = result.Truncated || (_maxSteps is int limit && _elapsed[i] >= limit);
        _rewards[i] = result.Reward;
        _terminated[i] = result.Terminated;
        _truncated[i] = truncated;
        if ((result.Terminated || truncated) && Autoreset == AutoresetMode.SameStep)
        {
            var final = result.Info.With(VectorInfoKeys.FinalObservation, SingleObservationSpace.Copy(_observations[i])).With(VectorInfoKeys.FinalInfo, result.Info);
            env.ResetKeep(_observations[i]);
            _infos[i] = final;
            _elapsed[i] = 0;
            return;
        }
        _infos[i] = result.Info;
        _needsReset[i] = result.Terminated || truncated;
    }
}
