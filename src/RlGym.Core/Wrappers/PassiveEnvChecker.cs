using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers;

/// <summary>
/// Checks, as Gymnasium's <c>PassiveEnvChecker</c> does, that the first reset and first step return an observation
/// inside the observation space, and that every reward is finite. A broken environment fails with a message
/// naming the environment, the value and the space, rather than corrupting a training run later.
/// </summary>
internal sealed class PassiveEnvChecker<TObs, TAction> : Wrapper<TObs, TAction>, IBufferedStep<TAction>
{
    private bool _checkedReset;
    private bool _checkedStep;

    public PassiveEnvChecker(IEnvironment<TObs, TAction> inner) : base(inner)
    {
        if (inner.ObservationSpace is null || inner.ActionSpace is null)
        {
            throw new InvalidOperationException($"{inner.GetType().Name} has no observation or action space.");
        }
        if (!ReferenceEquals(inner.ObservationSpace, inner.ObservationSpace))
        {
            throw new InvalidOperationException($"{inner.GetType().Name} returns a new observation space on every call; it must return the same object.");
        }
    }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        if (!_checkedReset)
        {
            CheckObservation(result.Observation, "Reset");
            if (result.Info is null)
            {
                throw new InvalidOperationException($"{Name}: Reset returned a null info; return Info.Empty instead.");
            }
            _checkedReset = true;
        }
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        var result = Inner.Step(action);
        if (!double.IsFinite(result.Reward))
        {
            throw new InvalidOperationException($"{Name}: Step returned the reward {result.Reward}; rewards must be finite numbers.");
        }
        if (!_checkedStep)
        {
            CheckObservation(result.Observation, "Step");
            if (result.Info is null)
            {
                throw new InvalidOperationException($"{Name}: Step returned a null info; return Info.Empty instead.");
            }
            _checkedStep = true;
        }
        return result;
    }

    public bool CanStepInto => Inner.TryGetBufferedStep<TAction>(out _);

    public int ObservationLength => Buffered.ObservationLength;

    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        var info = Buffered.ResetInto(observation, seed, options);
        if (!_checkedReset)
        {
            CheckBuffer(observation, "ResetInto");
            if (info is null)
            {
                throw new InvalidOperationException($"{Name}: ResetInto returned a null info; return Info.Empty instead.");
            }
            _checkedReset = true;
        }
        return info;
    }

    public StepOutcome StepInto(TAction action, Span<byte> observation)
    {
        var outcome = Buffered.StepInto(action, observation);
        if (!double.IsFinite(outcome.Reward))
        {
            throw new InvalidOperationException($"{Name}: StepInto returned the reward {outcome.Reward}; rewards must be finite numbers.");
        }
        if (!_checkedStep)
        {
            CheckBuffer(observation, "StepInto");
            if (outcome.Info is null)
            {
                throw new InvalidOperationException($"{Name}: StepInto returned a null info; return Info.Empty instead.");
            }
            _checkedStep = true;
        }
        return outcome;
    }

    private IBufferedStep<TAction> Buffered => (IBufferedStep<TAction>)Inner;

    /// <summary>The first buffered observation must fill the observation space's size; a byte observation space must hold it.</summary>
    private void CheckBuffer(Span<byte> observation, string where)
    {
        if (Buffered.ObservationLength != observation.Length)
        {
            throw new InvalidOperationException(
                $"{Name}: {where} wrote into {observation.Length} bytes but declares ObservationLength {Buffered.ObservationLength}.");
        }
        if (Inner.ObservationSpace is ISpace<byte[]> bytes && !bytes.Contains(observation.ToArray()))
        {
            throw new InvalidOperationException(
                $"{Name}: {where} wrote an observation that is not in its observation space {Inner.ObservationSpace}.");
        }
    }

    private void CheckObservation(TObs observation, string where)
    {
        if (!Inner.ObservationSpace.Contains(observation))
        {
            throw new InvalidOperationException(
                $"{Name}: {where} returned the observation {Inner.ObservationSpace.Format(observation)}, which is not in its observation space {Inner.ObservationSpace}.");
        }
    }

    private string Name => Spec?.Id ?? Inner.GetType().Name;
}
