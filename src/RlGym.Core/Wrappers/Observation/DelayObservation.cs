using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>DelayObservation</c>: returns the observation from <c>delay</c> steps ago; until that many steps
/// have passed in the episode, an observation of zeros (so zero must lie within the Box's bounds). Each returned array is new.
/// </summary>
internal sealed class DelayObservation<T, TAction> : Wrapper<T[], TAction>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly Queue<T[]> _queue = new();
    private readonly int _delay;
    private readonly int _size;

    public DelayObservation(IEnvironment<T[], TAction> inner, int delay) : base(inner)
    {
        var box = BoxOf.Require<T>(inner.ObservationSpace, "DelayObservation");
        ArgumentOutOfRangeException.ThrowIfNegative(delay);
        if (delay > 0 && !box.Contains(new T[box.Size]))
        {
            throw new ArgumentException($"DelayObservation returns zeros until the delay has passed, but zero is outside {box}.", nameof(inner));
        }
        _delay = delay;
        _size = box.Size;
    }

    public override ResetResult<T[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        _queue.Clear();
        return result with { Observation = Delayed(result.Observation) };
    }

    public override StepResult<T[]> Step(TAction action)
    {
        var result = Inner.Step(action);
        return result with { Observation = Delayed(result.Observation) };
    }

    private T[] Delayed(T[] observation)
    {
        _queue.Enqueue((T[])observation.Clone());
        return _queue.Count > _delay ? _queue.Dequeue() : new T[_size];
    }
}
