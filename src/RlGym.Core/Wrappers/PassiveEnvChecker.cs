namespace RlGym.Core.Wrappers;

/// <summary>
/// Checks, as Gymnasium's <c>PassiveEnvChecker</c> does, that the first reset and first step return an observation
/// inside the observation space, and that every reward is finite. A broken environment fails with a message
/// naming the environment, the value and the space, rather than corrupting a training run later.
/// </summary>
internal sealed class PassiveEnvChecker<TObs, TAction> : Wrapper<TObs, TAction>
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
