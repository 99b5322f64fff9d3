using System.Diagnostics;
using System.Runtime.ExceptionServices;
using RlGym.Core.Spaces;

namespace RlGym.Core.Vector;

/// <summary>
/// The asynchronous vector on one dedicated thread per copy. A copy's thread sleeps on its own semaphore until the
/// caller hands it a command, runs it, puts the copy's id in the queue of finished copies and counts it on a second
/// semaphore that <see cref="Receive"/> waits on: blocking hand-offs in both directions. With no more copies than
/// cores, a waiting thread first spins for up to <see cref="SpinMicroseconds"/> (yielding its core to any thread ready
/// to run) before it sleeps: waking a sleeping thread on a virtual machine's idle core costs tens of microseconds, as
/// much as a NetHack step, and the thread it waits for usually answers within a step. A thread per copy rather than per
/// core: a copy never waits for a queue position behind another copy's step, its state stays with one thread (native
/// games keep theirs in thread-unsafe globals and caches), and an idle thread costs only its stack. Where every copy
/// has the allocation-free step and observations are bytes, each copy writes into two buffers of its own in turn, so a
/// received observation stays intact until the next receive while the copy already steps on.
/// </summary>
internal sealed class ThreadedAsyncVectorEnvironment<TObs, TAction> : IAsyncVectorEnvironment<TObs, TAction>
{
    private readonly Copy[] _copies;
    private readonly SemaphoreSlim _finished = new(0);
    private readonly object _queueGate = new();
    private readonly int[] _queue; // ids of finished copies not yet received, a ring from _head
    private int _head;
    private int _queued;
    private readonly int[] _marks; // duplicate detection: _marks[id] == _stamp when id was seen in this call
    private int _stamp;
    private int _inFlight;
    private volatile bool _stopping;
    private bool _disposed;
    private readonly long _spinTicks; // 0: sleep at once

    /// <summary>The longest a waiting thread spins before it sleeps, when there are no more copies than cores.</summary>
    internal const int SpinMicroseconds = 50;

    // The batch's buffers, reused by every receive.
    private readonly int[] _ids;
    private readonly TObs[] _observations;
    private readonly byte[][] _bytes;
    private readonly double[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly Info[] _infos;
    private readonly bool _useBytes;

    public ThreadedAsyncVectorEnvironment(IEnvironment<TObs, TAction>[] envs, int batchSize, AutoresetMode autoreset, bool observationBytes)
    {
        if (envs.Length == 0)
        {
            throw new ArgumentException("An asynchronous vector needs at least one environment.", nameof(envs));
        }
        if (batchSize < 1 || batchSize > envs.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"The batch size must be 1 to the number of environments ({envs.Length}).");
        }
        if (!Enum.IsDefined(autoreset))
        {
            throw new ArgumentOutOfRangeException(nameof(autoreset), autoreset, "Unknown autoreset mode.");
        }
        var buffered = new IBufferedStep<TAction>?[envs.Length];
        bool allBuffered = true;
        for (int i = 0; i < envs.Length; i++)
        {
            allBuffered &= envs[i].TryGetBufferedStep(out buffered[i]);
            if (observationBytes && buffered[i] is null)
            {
                throw new ArgumentException(
                    $"Environment {i} ({envs[i]}) has no allocation-free step (IBufferedStep<{typeof(TAction).Name}>), so it cannot give observations as bytes.",
                    nameof(observationBytes));
            }
        }
        ObservationBytes = observationBytes;
        _useBytes = observationBytes || (allBuffered && typeof(TObs) == typeof(byte[]));
        Autoreset = autoreset;
        BatchSize = batchSize;
        _queue = new int[envs.Length];
        _marks = new int[envs.Length];
        _ids = new int[batchSize];
        _observations = observationBytes && typeof(TObs) != typeof(byte[]) ? [] : new TObs[batchSize];
        _bytes = observationBytes ? new byte[batchSize][] : [];
        _rewards = new double[batchSize];
        _terminated = new bool[batchSize];
        _truncated = new bool[batchSize];
        _infos = new Info[batchSize];
        Array.Fill(_infos, Info.Empty);
        _spinTicks = envs.Length <= Environment.ProcessorCount ? Stopwatch.Frequency * SpinMicroseconds / 1_000_000 : 0;
        _copies = new Copy[envs.Length];
        for (int i = 0; i < envs.Length; i++)
        {
            _copies[i] = new Copy(envs[i], _useBytes ? buffered[i] : null);
        }
        for (int i = 0; i < envs.Length; i++)
        {
            var copy = _copies[i];
            int id = i;
            copy.Thread = new Thread(() => Work(copy, id)) { IsBackground = true, Name = $"RlGym async env {i}" };
            copy.Thread.Start();
        }
    }

    public int Count => _copies.Length;

    public int BatchSize { get; }

    public ISpace<TObs> SingleObservationSpace => _copies[0].Env.ObservationSpace;

    public ISpace<TAction> SingleActionSpace => _copies[0].Env.ActionSpace;

    public AutoresetMode Autoreset { get; }

    public bool ObservationBytes { get; }

    public int InFlight => _inFlight;

    /// <summary>True while any copy's thread runs (for tests: none after dispose).</summary>
    internal bool AnyThreadAlive => _copies.Any(c => c.Thread?.IsAlive == true);

    public void Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<int> envIds = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int n = envIds.IsEmpty ? Count : envIds.Length;
        NextStamp();
        for (int k = 0; k < n; k++)
        {
            int id = envIds.IsEmpty ? k : envIds[k];
            Check(id, nameof(envIds));
        }
        for (int k = 0; k < n; k++)
        {
            int id = envIds.IsEmpty ? k : envIds[k];
            var copy = _copies[id];
            copy.Started = true;
            copy.PendingReset = copy.Finished = false;
            Dispatch(copy, Command.Reset, default!, seed is ulong s ? s + (ulong)id : null, options);
        }
    }

    public void Send(ReadOnlySpan<int> envIds, ReadOnlySpan<TAction> actions)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (envIds.Length != actions.Length)
        {
            throw new ArgumentException($"Got {envIds.Length} env ids but {actions.Length} actions; they go in pairs.", nameof(actions));
        }
        NextStamp();
        foreach (int id in envIds)
        {
            Check(id, nameof(envIds));
            var copy = _copies[id];
            if (!copy.Started)
            {
                throw new InvalidOperationException($"Env {id} has not been reset; call Reset before sending actions to it.");
            }
            if (copy.Finished)
            {
                throw new InvalidOperationException($"Env {id} finished its episode and autoreset is disabled; reset it (Reset with envIds [{id}]) before sending to it.");
            }
        }
        for (int k = 0; k < envIds.Length; k++)
        {
            var copy = _copies[envIds[k]];
            bool reset = copy.PendingReset;
            copy.PendingReset = false;
            Dispatch(copy, reset ? Command.Reset : Command.Step, actions[k], null, null);
        }
    }

    public AsyncVectorBatch<TObs> Receive()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_inFlight < BatchSize)
        {
            throw new InvalidOperationException(
                $"Receive waits for {BatchSize} results, but only {_inFlight} environments are in flight; send to (or reset) more of them first.");
        }
        for (int j = 0; j < BatchSize; j++)
        {
            SpinThenWait(_finished);
        }
        int failed = -1;
        lock (_queueGate)
        {
            for (int j = 0; j < BatchSize; j++)
            {
                _ids[j] = _queue[_head];
                _head = (_head + 1) % _queue.Length;
                _queued--;
                if (failed < 0 && _copies[_ids[j]].Error is not null)
                {
                    failed = j;
                }
            }
            if (failed >= 0)
            {
                // The others go back to the front of the queue, in order, for the next receive.
                for (int j = BatchSize - 1; j >= 0; j--)
                {
                    if (j != failed)
                    {
                        _head = (_head - 1 + _queue.Length) % _queue.Length;
                        _queue[_head] = _ids[j];
                        _queued++;
                    }
                }
            }
        }
        if (failed >= 0)
        {
            if (BatchSize > 1)
            {
                _finished.Release(BatchSize - 1);
            }
            var copy = _copies[_ids[failed]];
            var error = copy.Error!;
            copy.Error = null;
            copy.InFlight = false;
            _inFlight--;
            error.Throw();
        }
        for (int j = 0; j < BatchSize; j++)
        {
            var copy = _copies[_ids[j]];
            if (_observations.Length != 0)
            {
                _observations[j] = _useBytes ? (TObs)(object)copy.Buffers![copy.Current] : copy.Observation;
            }
            if (_bytes.Length != 0)
            {
                _bytes[j] = copy.Buffers![copy.Current];
            }
            _rewards[j] = copy.Reward;
            _terminated[j] = copy.Terminated;
            _truncated[j] = copy.Truncated;
            _infos[j] = copy.Info;
            copy.Observation = default!;
            copy.InFlight = false;
            bool done = copy.Terminated || copy.Truncated;
            copy.PendingReset = done && Autoreset == AutoresetMode.NextStep;
            copy.Finished = done && Autoreset == AutoresetMode.Disabled;
        }
        _inFlight -= BatchSize;
        return new AsyncVectorBatch<TObs>(_ids, _observations, _bytes, _rewards, _terminated, _truncated, _infos);
    }

    /// <summary>Waits for the steps in flight to finish (a step cannot be cut short), stops the threads and disposes the copies.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _stopping = true;
        foreach (var copy in _copies)
        {
            copy.Go.Release();
        }
        foreach (var copy in _copies)
        {
            copy.Thread!.Join();
        }
        List<Exception>? errors = null;
        foreach (var copy in _copies)
        {
            try
            {
                copy.Env.Dispose();
            }
            catch (Exception error)
            {
                (errors ??= []).Add(error);
            }
            copy.Go.Dispose();
        }
        _finished.Dispose();
        if (errors is not null)
        {
            throw new AggregateException("Disposing the asynchronous vector's environments failed.", errors);
        }
    }

    // Spins (yielding to threads ready to run) until the semaphore can be taken or the spin budget is spent, then takes
    // it, sleeping if it must. Each semaphore has one taker, so a count seen here is still there for Wait.
    private void SpinThenWait(SemaphoreSlim semaphore)
    {
        if (_spinTicks > 0 && semaphore.CurrentCount == 0)
        {
            long start = Stopwatch.GetTimestamp();
            var spin = default(SpinWait);
            while (semaphore.CurrentCount == 0 && Stopwatch.GetTimestamp() - start < _spinTicks)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }
        }
        semaphore.Wait();
    }

    private void NextStamp()
    {
        if (++_stamp == 0)
        {
            Array.Clear(_marks);
            _stamp = 1;
        }
    }

    // Validates one id of a call: in range, not listed before in this call, not in flight.
    private void Check(int id, string paramName)
    {
        if ((uint)id >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(paramName, id, $"Env id {id} is out of range: this vector has {Count} environments (ids 0 to {Count - 1}).");
        }
        if (_marks[id] == _stamp)
        {
            throw new ArgumentException($"Env id {id} is listed twice in one call.", paramName);
        }
        _marks[id] = _stamp;
        if (_copies[id].InFlight)
        {
            throw new InvalidOperationException($"Env {id} is already in flight; receive its result before sending to it again.");
        }
    }

    private void Dispatch(Copy copy, Command command, TAction action, ulong? seed, EnvOptions? options)
    {
        copy.Command = command;
        copy.Action = action;
        copy.Seed = seed;
        copy.Options = options;
        copy.InFlight = true;
        _inFlight++;
        copy.Go.Release(); // publishes the command to the copy's thread
    }

    private void Work(Copy copy, int id)
    {
        while (true)
        {
            SpinThenWait(copy.Go);
            if (_stopping)
            {
                return;
            }
            try
            {
                Run(copy);
            }
            catch (Exception error)
            {
                copy.Error = ExceptionDispatchInfo.Capture(error);
            }
            lock (_queueGate)
            {
                _queue[(_head + _queued) % _queue.Length] = id;
                _queued++;
            }
            _finished.Release(); // publishes the results to the receiving thread
        }
    }

    private void Run(Copy copy)
    {
        if (copy.Command == Command.Reset)
        {
            copy.Reward = 0;
            copy.Terminated = copy.Truncated = false;
            if (copy.Buffered is { } b)
            {
                copy.Info = b.ResetInto(copy.NextBuffer(), copy.Seed, copy.Options);
            }
            else
            {
                var reset = copy.Env.Reset(copy.Seed, copy.Options);
                copy.Observation = reset.Observation;
                copy.Info = reset.Info;
            }
            copy.Options = null;
            return;
        }
        if (copy.Buffered is { } buffered)
        {
            var buffer = copy.NextBuffer();
            var outcome = buffered.StepInto(copy.Action, buffer);
            (copy.Reward, copy.Terminated, copy.Truncated, copy.Info) = (outcome.Reward, outcome.Terminated, outcome.Truncated, outcome.Info);
            if (outcome.IsDone && Autoreset == AutoresetMode.SameStep)
            {
                byte[] last = buffer.ToArray(); // the buffer gets the reset's observation
                copy.Info = buffered.ResetInto(buffer).With(VectorInfoKeys.FinalObservation, last).With(VectorInfoKeys.FinalInfo, outcome.Info);
            }
            return;
        }
        var r = copy.Env.Step(copy.Action);
        (copy.Observation, copy.Reward, copy.Terminated, copy.Truncated, copy.Info) = (r.Observation, r.Reward, r.Terminated, r.Truncated, r.Info);
        if (r.IsDone && Autoreset == AutoresetMode.SameStep)
        {
            var reset = copy.Env.Reset();
            copy.Observation = reset.Observation;
            copy.Info = reset.Info.With(VectorInfoKeys.FinalObservation, r.Observation).With(VectorInfoKeys.FinalInfo, r.Info);
        }
    }

    private enum Command
    {
        Reset,
        Step,
    }

    // One copy: its environment and thread, the command in hand and the result of the last one. The caller writes the
    // command and reads the result; the copy's thread does the opposite; the semaphores order the two.
    private sealed class Copy(IEnvironment<TObs, TAction> env, IBufferedStep<TAction>? buffered)
    {
        public IEnvironment<TObs, TAction> Env { get; } = env;

        public IBufferedStep<TAction>? Buffered { get; } = buffered;

        public byte[][]? Buffers { get; } = buffered is null ? null : [new byte[buffered.ObservationLength], new byte[buffered.ObservationLength]];

        public SemaphoreSlim Go { get; } = new(0);

        public Thread? Thread { get; set; }

        public Command Command;
        public TAction Action = default!;
        public ulong? Seed;
        public EnvOptions? Options;
        public TObs Observation = default!;
        public double Reward;
        public bool Terminated;
        public bool Truncated;
        public Info Info = Info.Empty;
        public int Current;
        public ExceptionDispatchInfo? Error;

        // Only the caller's thread reads and writes these.
        public bool InFlight;
        public bool Started;
        public bool PendingReset;
        public bool Finished;

        public byte[] NextBuffer()
        {
            Current ^= 1;
            return Buffers![Current];
        }
    }
}
