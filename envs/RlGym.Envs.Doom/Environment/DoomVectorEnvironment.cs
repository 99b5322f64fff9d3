using System.Runtime.InteropServices;
using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;
using RlGym.Core.Vector;

namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// The native vector of a Doom scenario (what <c>MakeVector</c> gives in its default mode): N worlds with their
/// renderers, stepped in parallel on the caller's thread and dedicated worker threads (<see cref="StepWorkers"/>: one
/// fewer than the cores the copies can use; each copy has a home thread and moves only to even out a step), each filling
/// the arrays of an observation Dict the vector owns and reuses, so a vector step allocates nothing. A copy touches
/// only its own world, renderer, Dict and result slots, so the results do not depend on how many threads step them
/// (the constructor's <c>threads</c>). Copy i is seeded
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
    private readonly CopyState[] _states;
    private readonly int? _maxSteps;
    private readonly StepWorkers? _workers;
    private readonly Action<int> _stepOne;
    private bool _disposed;

    /// <summary>Makes the vector; <paramref name="threads"/> (the caller's included) defaults to one per core the copies can use.</summary>
    public DoomVectorEnvironment(DoomScenario scenario, VectorContext context, int? threads = null)
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
        _states = new CopyState[n];
        for (int i = 0; i < n; i++)
        {
            _states[i].Info = Info.Empty;
        }
        _maxSteps = context.MaxEpisodeSteps;
        Autoreset = context.Autoreset;
        int workers = threads is int t ? Math.Clamp(t, 1, n) - 1 : StepWorkers.WorkersFor(n);
        _workers = n > 1 && workers > 0 ? new StepWorkers(n, workers, "Doom vector") : null;
        _stepOne = StepOne;
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
                Publish(i);
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
        for (int i = 0; i < actions.Length; i++)
        {
            _states[i].Action = actions[i];
        }
        if (_workers is null)
        {
            for (int i = 0; i < _envs.Length; i++)
            {
                StepOne(i);
            }
        }
        else
        {
            _workers.Run(_stepOne);
        }
        for (int i = 0; i < _envs.Length; i++)
        {
            Publish(i);
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
        _workers?.Dispose();
        foreach (var env in _envs)
        {
            env.Dispose();
        }
    }

    // A copy's step writes only its own CopyState (and its own environment and Dict); the caller publishes the results
    // into the arrays it returns after the round, so threads stepping neighbouring copies share no cache line.
    private void ResetOne(int i, ulong? seed, EnvOptions? options)
    {
        ref var state = ref _states[i];
        state.Info = _envs[i].ResetKeep(_observations[i], seed, options);
        state.Reward = 0;
        state.Terminated = state.Truncated = state.NeedsReset = false;
        state.Elapsed = 0;
    }

    private void StepOne(int i)
    {
        ref var state = ref _states[i];
        if (state.NeedsReset && Autoreset == AutoresetMode.NextStep)
        {
            ResetOne(i, null, null);
            return;
        }
        var outcome = _envs[i].StepKeep(state.Action, _observations[i]);
        state.Elapsed++;
        bool truncated = outcome.Truncated || (_maxSteps is int limit && state.Elapsed >= limit && !outcome.Terminated);
        state.Reward = outcome.Reward;
        state.Terminated = outcome.Terminated;
        state.Truncated = truncated;
        state.Info = outcome.Info;
        bool done = outcome.Terminated || truncated;
        if (done && Autoreset == AutoresetMode.SameStep)
        {
            var final = outcome.Info.With(VectorInfoKeys.FinalObservation, SingleObservationSpace.Copy(_observations[i])).With(VectorInfoKeys.FinalInfo, outcome.Info);
            ResetOne(i, null, null);
            state.Terminated = outcome.Terminated;
            state.Truncated = truncated;
            state.Reward = outcome.Reward;
            state.Info = final;
            return;
        }
        state.NeedsReset = done;
    }

    private void Publish(int i)
    {
        ref var state = ref _states[i];
        _rewards[i] = state.Reward;
        _terminated[i] = state.Terminated;
        _truncated[i] = state.Truncated;
        _infos[i] = state.Info;
    }

    /// <summary>
    /// One copy's action and results between rounds. Each takes 128 bytes of the array, its fields in the first 32, so
    /// two copies' fields are always more than a cache line apart.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct CopyState
    {
        [FieldOffset(0)]
        public Info Info;
        [FieldOffset(8)]
        public double Reward;
        [FieldOffset(16)]
        public int Action;
        [FieldOffset(20)]
        public int Elapsed;
        [FieldOffset(24)]
        public bool Terminated;
        [FieldOffset(25)]
        public bool Truncated;
        [FieldOffset(26)]
        public bool NeedsReset;
    }
}
