namespace RlGym.Core.Wrappers;

/// <summary>Truncates an episode after a fixed number of steps (Gymnasium's <c>TimeLimit</c>).</summary>
internal sealed class TimeLimit<TObs, TAction> : Wrapper<TObs, TAction>
{
    private readonly int _maxSteps;
    private int _elapsed;
    private bool _ended = true;
    private bool _reset;

    public TimeLimit(IEnvironment<TObs, TAction> inner, int maxSteps) : base(inner)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        _maxSteps = maxSteps;
    }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        _elapsed = 0;
        _ended = false;
        _reset = true;
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        if (_ended && _reset)
        {
            throw EnvironmentErrors.StepAfterEnd(Spec?.Id ?? Inner.ToString() ?? "environment");
        }
        var result = Inner.Step(action);
        _elapsed++;
        if (_elapsed >= _maxSteps && !result.Truncated)
        {
            result = result with { Truncated = true };
        }
        _ended = result.Terminated || result.Truncated;
        return result;
    }
}
