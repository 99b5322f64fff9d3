namespace RlGym.Core.Vector;

/// <summary>
/// Makes asynchronous vectors (<see cref="IAsyncVectorEnvironment{TObs,TAction}"/>) over any environment: each copy
/// steps on a dedicated thread of its own. For a registered environment,
/// <see cref="Registry.EnvRegistry.MakeAsyncVector{TObs,TAction}"/> makes the copies as <c>Make</c> does.
/// </summary>
public static class AsyncVectorEnvironment
{
    /// <summary>
    /// Makes <paramref name="count"/> copies with <paramref name="make"/> (given each copy's id) and an asynchronous
    /// vector over them that owns them (disposing it disposes them).
    /// </summary>
    /// <param name="count">How many copies, at least 1.</param>
    /// <param name="make">Makes copy i; each call must return a new environment.</param>
    /// <param name="batchSize">How many results every receive returns, 1 to <paramref name="count"/>.</param>
    /// <param name="autoreset">What happens when a copy finishes (as in the lockstep vectors).</param>
    /// <param name="observationBytes">
    /// Give observations as the bytes of the copies' allocation-free step (<see cref="IBufferedStep{TAction}"/>), so a
    /// step allocates nothing; every copy must have that step. Copies whose observations are <c>byte[]</c> and that have
    /// the step use it anyway.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> or <paramref name="batchSize"/> is out of range.</exception>
    /// <exception cref="ArgumentException">When <paramref name="observationBytes"/> is asked for and a copy has no allocation-free step.</exception>
    public static IAsyncVectorEnvironment<TObs, TAction> Create<TObs, TAction>(
        int count, Func<int, IEnvironment<TObs, TAction>> make, int batchSize,
        AutoresetMode autoreset = AutoresetMode.NextStep, bool observationBytes = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(make);
        if (batchSize < 1 || batchSize > count)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"The batch size must be 1 to the number of environments ({count}).");
        }
        var envs = new IEnvironment<TObs, TAction>[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                envs[i] = make(i) ?? throw new InvalidOperationException($"The factory returned null for environment {i}.");
            }
            return new ThreadedAsyncVectorEnvironment<TObs, TAction>(envs, batchSize, autoreset, observationBytes);
        }
        catch
        {
            foreach (var env in envs)
            {
                env?.Dispose();
            }
            throw;
        }
    }
}
