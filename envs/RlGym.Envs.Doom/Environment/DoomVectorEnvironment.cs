using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// The native vector of a Doom scenario (what <c>MakeVector</c> gives in its default mode): N worlds with their
/// renderers, stepped in parallel slices over the machine's cores, each filling the arrays of an observation Dict the
/// vector owns and reuses, so a vector step allocates no frames. Copy i is seeded
/// with seed + i; autoreset follows the mode asked for; <c>max_episode_steps</c>, when given, truncates each copy.
/// Observations are valid until the next call, as the vector API says.
/// </summary>
internal sealed class DoomVectorEnvironment : IVectorEnvironment<IReadOnlyDictionary<string, object>, int>
{
    private readonly DiscreteDoomEnvironment[] _envs;
    private readonly IReadOnlyDictionary<string, object>[] _observations;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;
    private readonly bool[] _needsReset;
    private readonly int[] _elapsed;
    private readonly int[] _actions;
    private readonly int? _maxSteps;
    private readonly int _workers;
    private readonly Action<int> _stepSlice;
    private bool _disposed;

    public DoomVectorEnvironment(DoomScenario scenario, VectorContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var settings = DoomSettings.Read(scenario, context.Options);
        if (settings.MaxButtonsPressed == 0)
        {
            throw new UserInputException(
                $"{scenario.Id}: max_buttons_pressed=0 gives byte[] (MultiBinary) actions; make the vector with byte[] actions (VectorMode.Sync or Threaded), or pick max_buttons_pressed 1 or more for int actions.");
        }
        if (settings.RecordDirectory is not null && context.Count > 1)
        {
            throw new UserInputException($"{scenario.Id}: option 'record_dir' records one environment; the vector has {context.Count}.");
        }
        int n = context.Count;
        _envs = new DiscreteDoomEnvironment[n];
        for (int i = 0; i < n; i++)
        {
            _envs[i] = new DiscreteDoomEnvironment(scenario, settings, RenderMode.None, context.Spec);
        }
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
        _elapsed = new int[n];
        _actions = new int[n];
        _maxSteps = context.MaxEpisodeSteps;
        Autoreset = context.Autoreset;
        _workers = Math.Clamp(System.Environment.ProcessorCount, 1, n);
        _stepSlice = StepSlice;
    }

    public int Count => _envs.Length;

    public ISpace<IReadOnlyDictionary<string, object>> SingleObservationSpace => _envs[0].ObservationSpace;

    public ISpace<int> SingleActionSpace => _envs[0].ActionSpace;

    public AutoresetMode Autoreset { get; }

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
                ResetOne(i, seed is ulong s ? s + (ulong)i : null, options);
            }
        }
        return new VectorResetResult<IReadOnlyDictionary<string, object>>(_observations, _infos);
    }

    public VectorStepResult<IReadOnlyDictionary<string, object>> Step(ReadOnlySpan<int> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (actions.Length != Count)
        {
            throw new ArgumentException($"Got {actions.Length} actions; this vector has {Count} environments.", nameof(actions));
        }
        for (int i = 0; i < actions.Length; i++)
        {
            EnvironmentErrors.ThrowIfInvalid(_envs[i].ActionSpace, actions[i]);
        }
        actions.CopyTo(_actions);
        if (_workers == 1)
        {
            StepSlice(0);
        }
        else
        {
            Parallel.For(0, _workers, _stepSlice);
        }
        return new VectorStepResult<IReadOnlyDictionary<string, object>>(_observations, _rewards, _terminated, _truncated, _infos);
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

    private void StepSlice(int worker)
    {
        int from = (int)((long)_envs.Length * worker / _workers);
        int to = (int)((long)_envs.Length * (worker + 1) / _workers);
        for (int i = from; i < to; i++)
        {
            StepOne(i);
        }
    }

    private void ResetOne(int i, ulong? seed, EnvOptions? options)
    {
        _infos[i] = _envs[i].ResetKeep(_observations[i], seed, options);
        _rewards[i] = 0;
        _terminated[i] = _truncated[i] = _needsReset[i] = false;
        _elapsed[i] = 0;
    }

    private void StepOne(int i)
    {
        if (_needsReset[i] && Autoreset == AutoresetMode.NextStep)
        {
            ResetOne(i, null, null);
            return;
        }
        var outcome = _envs[i].StepKeep(_actions[i], _observations[i]);
        _elapsed[i]++;
        bool truncated = outcome.Truncated || (_maxSteps is int limit && _elapsed[i] >= limit && !outcome.Terminated);
        _rewards[i] = outcome.Reward;
        _terminated[i] = outcome.Terminated;
        _truncated[i] = truncated;
        _infos[i] = outcome.Info;
        bool done = outcome.Terminated || truncated;
        if (done && Autoreset == AutoresetMode.SameStep)
        {
            var final = outcome.Info.With(VectorInfoKeys.FinalObservation, SingleObservationSpace.Copy(_observations[i])).With(VectorInfoKeys.FinalInfo, outcome.Info);
            ResetOne(i, null, null);
            _terminated[i] = outcome.Terminated;
            _truncated[i] = truncated;
            _rewards[i] = outcome.Reward;
            _infos[i] = final;
            return;
        }
        _needsReset[i] = done;
    }
}
