using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace RlGym.Core.Vector;

/// <summary>
/// Runs rounds of a fixed number of work items (one per environment of a native vector) on the caller's thread and on
/// dedicated worker threads that stay with the vector; a round returns when every item is done. For vectors whose
/// copies step in some microseconds each (a NetHack game built from source, a Doom frame), where the hand-off has to
/// cost far less than a step: a thread that finds nothing to do waits by spinning on the CPU (no system call) for a
/// while before it sleeps on a monitor. Each item has a home thread (item i belongs to thread i mod threads, the caller
/// being thread 0), so a copy keeps running on the same core and its memory stays in that core's caches; a thread that
/// is done with its own items takes over any item its home thread has not started yet (one that was asleep, or slowed
/// by a costlier item), so the threads finish a round together. <c>Parallel.For</c> on the thread pool, which this
/// replaces, made each round wake pool workers that then spun with <c>sched_yield</c> (about five system calls per
/// vector step) and moved copies between threads. Spinning only happens when there is a core for every thread and the
/// machine is not crowded (its one-minute load average, read every two seconds, is at most twice its cores): on a
/// machine where other work keeps the cores busy, the thread a spinner waits for is often not running at all, and the
/// spinning only takes CPU from it. Otherwise a waiting thread sleeps at once. Which thread runs an item is not fixed,
/// so an item must touch only its own state: then results do not depend on the number of threads.
/// </summary>
public sealed class StepWorkers : IDisposable
{
    /// <summary>The worker threads to start for <paramref name="count"/> items: one fewer than the cores they can use (the caller is one), at least 0.</summary>
    public static int WorkersFor(int count) => Math.Max(0, Math.Min(count, Environment.ProcessorCount) - 1);

    // How long a waiting thread spins before it sleeps: several steps' worth, so that games of uneven cost in one
    // round and the caller's short work between rounds do not put the threads to sleep.
    private static readonly long SpinTicks = Stopwatch.Frequency / 5_000; // 200 us

    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private readonly bool _spin;
    private readonly Timer? _loadCheck;
    private volatile bool _crowded;
    private readonly int _count;
    // Item i's mark sits alone on a cache line (at i * Stride), so threads claiming neighbouring items do not pass one
    // line back and forth between their cores.
    private const int Stride = 64 / sizeof(int);

    private readonly int[] _claimed; // the last round in which each item was claimed, at i * Stride
    private Action<int>? _work;
    private ExceptionDispatchInfo? _error;
    private int _remaining;
    private int _round;
    private int _sleepers;
    private volatile bool _stopping;

    /// <summary>Starts <paramref name="workers"/> threads (the caller's thread is one more) for rounds of <paramref name="count"/> items.</summary>
    /// <param name="count">The items of every round, at least 1.</param>
    /// <param name="workers">The dedicated threads to start, at least 0 (see <see cref="WorkersFor"/>).</param>
    /// <param name="name">The threads' name, for debuggers and profilers.</param>
    public StepWorkers(int count, int workers, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _count = count;
        _claimed = new int[count * Stride];
        _spin = workers > 0 && workers + 1 <= Environment.ProcessorCount;
        if (_spin)
        {
            _loadCheck = new Timer(_ => CheckLoad(), null, 0, 2_000);
        }
        _threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            int home = i + 1;
            _threads[i] = new Thread(() => Work(home)) { IsBackground = true, Name = $"{name} {home}" };
            _threads[i].Start();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> for every item index, each once, on this thread and the workers, and returns when
    /// all are done. The first exception an item threw is rethrown here after the others finished. One caller at a time.
    /// </summary>
    public void Run(Action<int> work)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        _work = work;
        _error = null;
        int round = _round + 1;
        Volatile.Write(ref _remaining, _count);
        Interlocked.Exchange(ref _round, round); // publishes the round (a full fence)
        WakeSleepers();
        Claim(round, 0);
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
        _loadCheck?.Dispose();
        Interlocked.Increment(ref _round);
        WakeSleepers();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Work(int home)
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
            Claim(seen, home);
        }
    }

    // Runs the thread's own items of the round, then any other item nobody has started; the thread that finishes the
    // last item wakes whoever sleeps. An item is claimed for round r by moving its mark from r - 1 to r, so a thread
    // that arrives late with an old round number claims nothing.
    private void Claim(int round, int home)
    {
        int threads = _threads.Length + 1;
        for (int i = home; i < _count; i += threads)
        {
            TryRun(round, i);
        }
        for (int i = 0; i < _count; i++)
        {
            if (i % threads != home)
            {
                TryRun(round, i);
            }
        }
    }

    private void TryRun(int round, int i)
    {
        ref int mark = ref _claimed[i * Stride];
        if (Volatile.Read(ref mark) != round - 1 || Interlocked.CompareExchange(ref mark, round, round - 1) != round - 1)
        {
            return;
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

    // The caller waits for the round's items to be done; a worker waits for a round after the one it has seen.
    private bool Ready(bool forRound, int seen) =>
        forRound ? Volatile.Read(ref _round) != seen : Volatile.Read(ref _remaining) == 0;

    private void WaitUntil(bool forRound, int seen)
    {
        if (Ready(forRound, seen))
        {
            return;
        }
        if (_spin && !_crowded)
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

    private void CheckLoad()
    {
        try
        {
            string text = File.ReadAllText("/proc/loadavg");
            int end = text.IndexOf(' ', StringComparison.Ordinal);
            _crowded = end > 0 && double.TryParse(text.AsSpan(0, end), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out double load) && load > 2.0 * Environment.ProcessorCount;
        }
        catch (IOException)
        {
            _crowded = false; // no load average to read (not Linux): spin as on a quiet machine
        }
        catch (UnauthorizedAccessException)
        {
            _crowded = false;
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
