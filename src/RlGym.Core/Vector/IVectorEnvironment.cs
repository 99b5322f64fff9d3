using RlGym.Core.Spaces;

namespace RlGym.Core.Vector;

/// <summary>
/// N copies of an environment stepped together (Gymnasium's vector API). Reset with a seed gives copy i the seed
/// <c>seed + i</c>. The spans in results point into buffers the vector owns: they are valid until the next call.
/// </summary>
/// <typeparam name="TObs">The observation type of one copy.</typeparam>
/// <typeparam name="TAction">The action type of one copy.</typeparam>
public interface IVectorEnvironment<TObs, TAction> : IDisposable
{
    /// <summary>How many copies.</summary>
    int Count { get; }

    /// <summary>The observation space of one copy.</summary>
    ISpace<TObs> SingleObservationSpace { get; }

    /// <summary>The action space of one copy.</summary>
    ISpace<TAction> SingleActionSpace { get; }

    /// <summary>What happens when a copy finishes.</summary>
    AutoresetMode Autoreset { get; }

    /// <summary>
    /// Resets the copies whose entry in <paramref name="mask"/> is true (all when the mask is empty); copy i gets
    /// <c>seed + i</c> when a seed is given.
    /// </summary>
    /// <exception cref="ArgumentException">When the mask's length is neither 0 nor <see cref="Count"/>.</exception>
    VectorResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null, ReadOnlySpan<bool> mask = default);

    /// <summary>Steps every copy with its action.</summary>
    /// <exception cref="ArgumentException">When the number of actions is not <see cref="Count"/>.</exception>
    VectorStepResult<TObs> Step(ReadOnlySpan<TAction> actions);
}
