using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// Runs one round of work items (one per game of a vector) on the caller's thread and on dedicated worker threads
/// that stay with the vector, and returns when every item is done. A step of a game built from source costs some
/// 20-30 microseconds, so the hand-off has to cost far less: the threads claim items from a shared counter, and a
/// thread that finds nothing to do waits by spinning on the CPU (no system call) for a short while before it sleeps
/// on a monitor. The thread pool with <c>Parallel.For</c>, which this replaces, made each step wake pool workers
/// that then spun with <c>sched_yield</c> (about five system calls per vector step) and doubled the CPU time per step.
/// Spinning only happens when there is a core for every thread; otherwise a waiting thread sleeps at once.
/// </summary>
internal sealed class StepWorkers : IDisposable
{
    // How long a waiting thread spins before it sleeps: a few steps' worth, so that games of uneven cost in one
    // round and the caller's short work between rounds do not put the threads to sleep.
    private static readonly long SpinTicks = Stopwatch.Frequency / 5_000; // 200 us

    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private readonly bool _spin;
    private Action<int>? _work;
    private ExceptionDispatchInfo? _error;
    private int _count;
    private long _next; // the round in the high 32 bits, the next unclaimed item in the low 32
    private int _remaining;
    private int _round;
    private int _sleepers;
    private volatile bool _stopping;

    /// <summary>Starts <paramref name="workers"/> threads (the caller's thread is one more).</summary>
    public StepWorkers(int workers, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        _spin = workers + 1 <= Environment.ProcessorCount;
        _threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"{name} {i + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> for every index in [0, <paramref name="count"/>), each once, on this thread and the
    /// workers, and returns when all are done. The first exception an item threw is rethrown here after the others finished.
    /// </summary>
    public void Run(int count, Action<int> work)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        _work = work;
        _count = count;
        _error = null;
        int round = _round + 1;
        Volatile.Write(ref _next, (long)round << 32);
        Volatile.Write(ref _remaining, count);
        Interlocked.Exchange(ref _round, round); // publishes the round (a full fence)
        WakeSleepers();
        Claim(round);
        WaitUntil(forRound: false, 0);
        _work = null;
        _error?.Throw();
    }

    /// <summary>Stops and joins the worker threads.</summary>
    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }
        _stopping = true;
        Interlocked.Increment(ref _round);
        WakeSleepers();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Work()
    {
        int seen = Volatile.Read(ref _round);
        while (true)
        {
            WaitUntil(forRound: true, seen);
            seen = Volatile.Read(ref _round);
            if (_stopping)
            {
                return;
            }
            Claim(seen);
        }
    }

    // Takes items of the round until none is left; the thread that finishes the last one wakes whoever sleeps. A worker
    // that arrives late finds the next round's number in _next and takes nothing.
    private void Claim(int round)
    {
        while (true)
        {
            long next = Volatile.Read(ref _next);
            int i = (int)next;
            if ((int)(next >> 32) != round || i >= Volatile.Read(ref _count))
            {
                return;
            }
            if (Interlocked.CompareExchange(ref _next, next + 1, next) != next)
            {
                continue;
            }
            try
            {
                // Item i of this round is not done yet, so the round's work is still the one set for it.
                _work!(i);
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(error), null);
            }
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                WakeSleepers();
            }
        }
    }

    // The caller waits for the round's items to be done; a worker waits for a round after the one it has seen.
    private bool Ready(bool forRound, int seen) =>
        forRound ? Volatile.Read(ref _round) != seen : Volatile.Read(ref _remaining) == 0;

    private void WaitUntil(bool forRound, int seen)
    {
        if (Ready(forRound, seen))
        {
            return;
        }
        if (_spin)
        {
            long until = Stopwatch.GetTimestamp() + SpinTicks;
            do
            {
                Thread.SpinWait(20);
                if (Ready(forRound, seen))
                {
                    return;
                }
            }
            while (Stopwatch.GetTimestamp() < until);
        }
        lock (_gate)
        {
            Interlocked.Increment(ref _sleepers); // a full fence: a waker either sees this count or we see its change
            try
            {
                while (!Ready(forRound, seen))
                {
                    Monitor.Wait(_gate);
                }
            }
            finally
            {
                Interlocked.Decrement(ref _sleepers);
            }
        }
    }

    private void WakeSleepers()
    {
        if (Volatile.Read(ref _sleepers) > 0)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }
}
