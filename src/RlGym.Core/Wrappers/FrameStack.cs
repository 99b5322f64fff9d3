using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Stacks the last k observations into one of shape (k, ...) oldest first (Gymnasium's <c>FrameStackObservation</c>);
/// after a reset the stack holds k copies of the first observation. Each returned array is new, so callers may keep it.
/// </summary>
internal sealed class FrameStack<T, TAction> : Wrapper<T[], TAction>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly Box<T> _space;
    private readonly T[] _ring;
    private readonly int _k;
    private readonly int _size;
    private int _head;

    public FrameStack(IEnvironment<T[], TAction> inner, int k) : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (inner.ObservationSpace is not Box<T> box)
        {
            throw new ArgumentException($"FrameStack needs a Box observation space; {inner.GetType().Name} has {inner.ObservationSpace}.", nameof(inner));
        }
        _k = k;
        _size = box.Size;
        _ring = new T[k * _size];
        var low = new T[k * _size];
        var high = new T[k * _size];
        for (int i = 0; i < k; i++)
        {
            box.Low.CopyTo(low.AsSpan(i * _size));
            box.High.CopyTo(high.AsSpan(i * _size));
        }
        _space = new Box<T>(low, high, [k, .. box.Shape]);
    }

    public override ISpace<T[]> ObservationSpace => _space;

    public override ResetResult<T[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        for (int i = 0; i < _k; i++)
        {
            result.Observation.AsSpan().CopyTo(_ring.AsSpan(i * _size, _size));
        }
        _head = 0;
        return new ResetResult<T[]>(Stacked(), result.Info);
    }

    public override StepResult<T[]> Step(TAction action)
    {
        var result = Inner.Step(action);
        result.Observation.AsSpan().CopyTo(_ring.AsSpan(_head * _size, _size));
        _head = (_head + 1) % _k;
        return result with { Observation = Stacked() };
    }

    private T[] Stacked()
    {
        var stacked = new T[_ring.Length];
        // _head is the oldest frame: copy from it to the end, then the start up to it.
        int split = _head * _size;
        _ring.AsSpan(split).CopyTo(stacked);
        _ring.AsSpan(0, split).CopyTo(stacked.AsSpan(_ring.Length - split));
        return stacked;
    }
}
