namespace RlGym.Core.Vector;

/// <summary>How <see cref="Registry.EnvRegistry.MakeVector{TObs,TAction}"/> runs the copies.</summary>
public enum VectorMode
{
    /// <summary>The environment's native (batched) implementation when it has one, otherwise synchronous copies.</summary>
    Auto = 0,

    /// <summary>Copies stepped one after another on the calling thread.</summary>
    Sync = 1,

    /// <summary>Copies stepped in parallel on the thread pool, one slice per core.</summary>
    Threaded = 2,

    /// <summary>Only the native implementation; an error when there is none.</summary>
    Native = 3,
}
