using System.Runtime.ExceptionServices;

namespace RlGym.Envs.CatMouse.Vector;

/// <summary>
/// Splits a batch step over the cores. The games are cut into chunks of about <see cref="GamesPerChunk"/> (on
/// eight-game boundaries, each with its own scratch list); the caller and up to parallelism - 1 thread-pool helpers
/// (work items made once) claim chunks from a shared counter until none is left. A helper the scheduler starts late
/// finds the chunks already taken, so a busy machine costs little more than stepping on one core, and an idle one
/// shares the work. Nothing is allocated per step.
/// </summary>
internal sealed class BatchWorkers
{
    /// <summary>About how many games a chunk holds: below this a hand-over costs more than the work.</summary>
    public const int GamesPerChunk = 1024;

    private readonly CatMouseBatch _batch;
    private readonly int[] _bounds;
    private readonly int[][] _scratch;
    private readonly Helper[] _helpers;
    private int _next;
    private int _completed;
    private Exception? _failure;

    public BatchWorkers(CatMouseBatch batch, int parallelism)
    {
        _batch = batch;
        int chunks = Math.Max(1, batch.Count / GamesPerChunk);
        _bounds = new int[chunks + 1];
        _scratch = new int[chunks][];
        for (int c = 1; c < chunks; c++)
        {
            _bounds[c] = (int)((long)batch.Count * c / chunks) & ~7;
        }
        _bounds[chunks] = batch.Count;
        for (int c = 0; c < chunks; c++)
        {
            _scratch[c] = new int[_bounds[c + 1] - _bounds[c] + 8];
        }
        int helpers = chunks == 1 ? 0 : Math.Clamp(parallelism - 1, 0, chunks - 1);
        _helpers = new Helper[helpers];
        for (int h = 0; h < helpers; h++)
        {
            _helpers[h] = new Helper(this);
        }
    }

    /// <summary>How many chunks a step is cut into.</summary>
    public int ChunkCount => _scratch.Length;

    /// <summary>How many thread-pool helpers join the caller.</summary>
    public int HelperCount => _helpers.Length;

    /// <summary>Steps every game, sharing the chunks with the helpers when there are any.</summary>
    public void StepAll()
    {
        if (_helpers.Length == 0)
        {
            for (int c = 0; c < _scratch.Length; c++)
            {
                _batch.StepRange(_bounds[c], _bounds[c + 1], _scratch[c]);
            }
            return;
        }
        Volatile.Write(ref _completed, 0);
        Interlocked.Exchange(ref _next, 0); // a full fence: the step's actions are visible to whoever claims a chunk
        foreach (var helper in _helpers)
        {
            ThreadPool.UnsafeQueueUserWorkItem(helper, preferLocal: false);
        }
        ClaimChunks();
        var spin = new SpinWait();
        while (Volatile.Read(ref _completed) < _scratch.Length)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }
        if (Interlocked.Exchange(ref _failure, null) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private void ClaimChunks()
    {
        int chunk;
        while ((chunk = Interlocked.Increment(ref _next) - 1) < _scratch.Length)
        {
            try
            {
                _batch.StepRange(_bounds[chunk], _bounds[chunk + 1], _scratch[chunk]);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
            finally
            {
                Interlocked.Increment(ref _completed);
            }
        }
    }

    private sealed class Helper(BatchWorkers owner) : IThreadPoolWorkItem
    {
        public void Execute() => owner.ClaimChunks();
    }
}
