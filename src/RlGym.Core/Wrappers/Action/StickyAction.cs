using RlGym.Core.Random;

namespace RlGym.Core.Wrappers.Action;

/// <summary>
/// Gymnasium's <c>StickyAction</c>: with probability <c>repeatProbability</c> the previous action is applied again in
/// place of the new one, for <c>repeatDuration</c> steps. The first step of an episode always takes its own action. The
/// wrapper's generator is reseeded from a seeded reset (a seed derived from it), so trajectories repeat under a seed.
/// Allocates nothing per step.
/// </summary>
internal sealed class StickyAction<TObs, TAction> : Wrapper<TObs, TAction>
{
    private const ulong SeedStream = 0x571C4A;
    private readonly Rng _rng = new();
    private readonly double _probability;
    private readonly int _duration;
    private TAction _last = default!;
    private bool _hasLast;
    private int _sticking;

    public StickyAction(IEnvironment<TObs, TAction> inner, double repeatProbability, int repeatDuration) : base(inner)
    {
        if (!(repeatProbability >= 0 && repeatProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(repeatProbability), repeatProbability, "StickyAction needs a probability in [0, 1).");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(repeatDuration, 1);
        _probability = repeatProbability;
        _duration = repeatDuration;
    }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        if (seed is ulong s)
        {
            _rng.Reseed(Rng.DeriveSeed(s, SeedStream));
        }
        _hasLast = false;
        _sticking = 0;
        return Inner.Reset(seed, options);
    }

    public override StepResult<TObs> Step(TAction action)
    {
        EnvironmentErrors.ThrowIfInvalid(Inner.ActionSpace, action);
        if (_hasLast && _sticking == 0 && _rng.NextDouble() < _probability)
        {
            _sticking = _duration;
        }
        TAction taken = action;
        if (_sticking > 0)
        {
            taken = _last;
            _sticking--;
        }
        var result = Inner.Step(taken);
        _last = Inner.ActionSpace.Copy(taken);
        _hasLast = true;
        return result;
    }
}
