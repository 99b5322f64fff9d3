namespace RlGym.Core.Wrappers;

/// <summary>Truncates an episode after a fixed number of steps (Gymnasium's <c>TimeLimit</c>).</summary>
internal sealed class TimeLimit<TObs, TAction> : Wrapper<TObs, TAction>, IBufferedStep<TAction>
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

    public bool CanStepInto => Inner.TryGetBufferedStep<TAction>(out _);

    public int ObservationLength => Buffered.ObservationLength;

    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        var info = Buffered.ResetInto(observation, seed, options);
        _elapsed = 0;
        _ended = false;
        _reset = true;
        return info;
    }

    public StepOutcome StepInto(TAction action, Span<byte> observation)
    {
        if (_ended && _reset)
        {
            throw EnvironmentErrors.StepAfterEnd(Spec?.Id ?? Inner.ToString() ?? "environment");
        }
        var outcome = Buffered.StepInto(action, observation);
        _elapsed++;
        if (_elapsed >= _maxSteps && !outcome.Truncated)
        {
            outcome = outcome with { Truncated = true };
        }
        _ended = outcome.IsDone;
        return outcome;
    }

    private IBufferedStep<TAction> Buffered => (IBufferedStep<TAction>)Inner;
}
