namespace RlGym.Runner.Benchmarks;

/// <summary>Steps an environment (or a vector of them) a chunk at a time with pre-sampled actions.</summary>
internal abstract class Stepper : IDisposable
{
    /// <summary>How many pre-sampled actions each agent cycles through (a power of two).</summary>
    public const int ActionBufferLength = 4096;

    /// <summary>Steps about <see cref="ChunkSteps"/> times, adding the steps taken and episodes ended.</summary>
    public abstract void Chunk(ref long steps, ref long episodes);

    /// <summary>How many steps a chunk aims at between two looks at the clock.</summary>
    public const int ChunkSteps = 256;

    public abstract void Dispose();
}
