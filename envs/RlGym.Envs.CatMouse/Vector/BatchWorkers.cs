using System.Runtime.ExceptionServices;

namespace RlGym.Envs.CatMouse.Vector;

/// <summary>
/// Splits a batch step over the cores: one slice per core (at least <see cref="MinGamesPerSlice"/> games each, cut on
/// eight-game boundaries), the caller stepping the first and thread-pool work items, made once, the rest. Nothing is
/// allocated per step.
/// </summary>
internal sealed class BatchWorkers : IDisposable
{
    /// <summary>Below this many games a slice costs more to hand over than to step.</summary>
    public const int MinGamesPerSlice = 1024;

    private readonly CatMouseBatch _batch;
    private readonly Slice[] _slices;
    private readonly CountdownEvent _finished = new(0);
    private Exception? _failure;

    public BatchWorkers(CatMouseBatch batch, int parallelism)
    {
        _batch = batch;
        int count = Math.Clamp(batch.Count / MinGamesPerSlice, 1, Math.Max(parallelism, 1));
        _slices = new Slice[count];
        for (int s = 0; s < count; s++)
        {
            int from = s == 0 ? 0 : (int)((long)batch.Count * s / count) & ~7;
            int to = s == count - 1 ? batch.Count : (int)((long)batch.Count * (s + 1) / count) & ~7;
            _slices[s] = new Slice(this, from, to);
        }
    }

    /// <summary>How many slices a step is cut into.</summary>
    public int SliceCount => _slices.Length;

    /// <summary>Steps every game, in parallel when there is more than one slice.</summary>
    public void StepAll()
    {
        if (_slices.Length == 1)
        {
            _batch.StepRange(0, _batch.Count);
            return;
        }
        _finished.Reset(_slices.Length - 1);
        for (int s = 1; s < _slices.Length; s++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_slices[s], preferLocal: false);
        }
        try
        {
            _slices[0].Run();
        }
        finally
        {
            _finished.Wait();
        }
        if (Interlocked.Exchange(ref _failure, null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    public void Dispose() => _finished.Dispose();

    private sealed class Slice(BatchWorkers owner, int from, int to) : IThreadPoolWorkItem
    {
        public void Run() => owner._batch.StepRange(from, to);

        public void Execute()
        {
            try
            {
                Run();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref owner._failure, e, null);
            }
            finally
            {
                owner._finished.Signal();
            }
        }
    }
}
