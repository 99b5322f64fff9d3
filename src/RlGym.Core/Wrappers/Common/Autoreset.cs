namespace RlGym.Core.Wrappers.Common;

/// <summary>
/// Gymnasium 1.x's <c>Autoreset</c>: the step after an episode ends resets the environment, ignores its action and
/// returns the reset's observation and info with reward 0 and both flags false (next-step autoreset, as vector
/// environments do by default). Stepping after the end is therefore never an error under this wrapper.
/// </summary>
internal sealed class Autoreset<TObs, TAction> : Wrapper<TObs, TAction>
{
    private bool _needsReset;

    public Autoreset(IEnvironment<TObs, TAction> inner) : base(inner) { }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _needsReset = false;
        return Inner.Reset(seed, options);
    }

    public override StepResult<TObs> Step(TAction action)
    {
        if (_needsReset)
        {
            EnvironmentErrors.ThrowIfInvalid(Inner.ActionSpace, action);
            var reset = Inner.Reset();
            _needsReset = false;
            return new StepResult<TObs>(reset.Observation, 0, false, false, reset.Info);
        }
        var result = Inner.Step(action);
        _needsReset = result.IsDone;
        return result;
    }
}
