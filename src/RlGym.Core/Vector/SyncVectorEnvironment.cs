using RlGym.Core.Spaces;

namespace RlGym.Core.Vector;

/// <summary>Copies stepped one after another on the calling thread (Gymnasium's <c>SyncVectorEnv</c>).</summary>
internal class SyncVectorEnvironment<TObs, TAction> : IVectorEnvironment<TObs, TAction>
{
    private readonly IEnvironment<TObs, TAction>[] _envs;
    private readonly TObs[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;
    private readonly bool[] _needsReset;
    private readonly TAction[] _actions;
    private bool _disposed;

    public SyncVectorEnvironment(IEnvironment<TObs, TAction>[] envs, AutoresetMode autoreset)
    {
        if (envs.Length == 0)
        {
            throw new ArgumentException("A vector environment needs at least one environment.", nameof(envs));
        }
        _envs = envs;
        Autoreset = autoreset;
        int n = envs.Length;
        _observations = new TObs[n];
        _rewards = new double[n];
        _terminated = new bool[n];
        _truncated = new bool[n];
        _infos = new Info[n];
        Array.Fill(_infos, Info.Empty);
        _needsReset = new bool[n];
        _actions = new TAction[n];
    }

    public int Count => _envs.Length;

    public ISpace<TObs> SingleObservationSpace => _envs[0].ObservationSpace;

    public ISpace<TAction> SingleActionSpace => _envs[0].ActionSpace;

    public AutoresetMode Autoreset { get; }

    public VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (mask.Length != 0 && mask.Length != Count)
        {
            throw new ArgumentException($"The reset mask has {mask.Length} entries; this vector has {Count} environments.", nameof(mask));
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            if (mask.Length != 0 && !mask[i])
            {
                continue;
            }
            var result = _envs[i].Reset(seed is ulong s ? s + (ulong)i : null, options);
            _observations[i] = result.Observation;
            _infos[i] = result.Info;
            _needsReset[i] = false;
        }
        return new VectorResetResult<TObs>(_observations, _infos);
    }

    public VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        actions.CopyTo(_actions);
        StepAll();
        return new VectorStepResult<TObs>(_observations, _rewards, _terminated, _truncated, _infos);
    }

    /// <summary>Steps every copy; the threaded vector runs slices of this in parallel.</summary>
    protected virtual void StepAll() => StepRange(0, _envs.Length);

    protected void StepRange(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            StepOne(i);
        }
    }

    private void StepOne(int i)
    {
        var env = _envs[i];
        if (_needsReset[i] && Autoreset == AutoresetMode.NextStep)
        {
            var reset = env.Reset();
            _observations[i] = reset.Observation;
            _infos[i] = reset.Info;
            _rewards[i] = 0;
            _terminated[i] = _truncated[i] = _needsReset[i] = false;
            return;
        }
        var r = env.Step(_actions[i]);
        _rewards[i] = r.Reward;
        _terminated[i] = r.Terminated;
        _truncated[i] = r.Truncated;
        bool done = r.Terminated || r.Truncated;
        if (done && Autoreset == AutoresetMode.SameStep)
        {
            var reset = env.Reset();
            _observations[i] = reset.Observation;
            _infos[i] = reset.Info.With(VectorInfoKeys.FinalObservation, r.Observation).With(VectorInfoKeys.FinalInfo, r.Info);
            return;
        }
        _observations[i] = r.Observation;
        _infos[i] = r.Info;
        _needsReset[i] = done;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var env in _envs)
        {
            env.Dispose();
        }
    }
}
