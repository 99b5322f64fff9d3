using System.Numerics;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>MaxAndSkipObservation</c>: repeats each action <c>skip</c> times (stopping early when the episode
/// ends), sums the rewards, and returns the item-wise maximum of the last two observations (Atari's flicker fix); the
/// info is the last step's. Each returned array is new.
/// </summary>
internal sealed class MaxAndSkipObservation<T, TAction> : Wrapper<T[], TAction>
    where T : unmanaged, INumber<T>, IMinMaxValue<T>
{
    private readonly int _skip;
    private readonly T[] _previous;

    public MaxAndSkipObservation(IEnvironment<T[], TAction> inner, int skip) : base(inner)
    {
        var box = BoxOf.Require<T>(inner.ObservationSpace, "MaxAndSkipObservation");
        if (skip < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(skip), skip, "MaxAndSkipObservation needs skip >= 2 (Gymnasium's requirement).");
        }
        _skip = skip;
        _previous = new T[box.Size];
    }

    public override StepResult<T[]> Step(TAction action)
    {
        double total = 0;
        StepResult<T[]> last = default;
        bool havePrevious = false;
        for (int i = 0; i < _skip; i++)
        {
            last = Inner.Step(action);
            total += last.Reward;
            if (last.IsDone)
            {
                break;
            }
            if (i == _skip - 2)
            {
                last.Observation.AsSpan().CopyTo(_previous);
                havePrevious = true;
            }
        }
        var maximum = new T[_previous.Length];
        for (int j = 0; j < maximum.Length; j++)
        {
            maximum[j] = havePrevious ? T.Max(_previous[j], last.Observation[j]) : last.Observation[j];
        }
        return last with { Observation = maximum, Reward = total };
    }
}
