namespace RlGym.Core.Vector;

/// <summary>
/// Copies stepped in parallel, one contiguous slice per core (the role of Gymnasium's <c>AsyncVectorEnv</c>,
/// with threads in place of processes). Results are the same as the synchronous vector's for the same seeds,
/// because each copy only ever touches its own state.
/// </summary>
internal sealed class ThreadedVectorEnvironment<TObs, TAction> : SyncVectorEnvironment<TObs, TAction>
{
    private readonly int _slices;

    public ThreadedVectorEnvironment(IEnvironment<TObs, TAction>[] envs, AutoresetMode autoreset) : base(envs, autoreset) =>
        _slices = Math.Min(Environment.ProcessorCount, envs.Length);

    protected override void StepAll()
    {
        if (_slices <= 1)
        {
            base.StepAll();
            return;
        }
        Parallel.For(0, _slices, slice =>
        {
            int from = (int)((long)Count * slice / _slices);
            int to = (int)((long)Count * (slice + 1) / _slices);
            StepRange(from, to);
        });
    }
}
