using RlGym.Core.Rendering;

namespace RlGym.Core.Wrappers;

/// <summary>Refuses Step before Reset and after the episode ended, with a message that says what to call (Gymnasium's <c>OrderEnforcing</c>).</summary>
internal sealed class OrderEnforcing<TObs, TAction> : Wrapper<TObs, TAction>, IBufferedStep<TAction>
{
    private bool _hasReset;
    private bool _ended;

    public OrderEnforcing(IEnvironment<TObs, TAction> inner) : base(inner) { }

    public override ResetResult<TObs> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        var result = Inner.Reset(seed, options);
        _hasReset = true;
        _ended = false;
        return result;
    }

    public override StepResult<TObs> Step(TAction action)
    {
        ThrowIfOutOfOrder();
        var result = Inner.Step(action);
        _ended = result.Terminated || result.Truncated;
        return result;
    }

    public bool CanStepInto => Inner.TryGetBufferedStep<TAction>(out _);

    public int ObservationLength => Buffered.ObservationLength;

    public Info ResetInto(Span<byte> observation, ulong? seed = null, EnvOptions? options = null)
    {
        var info = Buffered.ResetInto(observation, seed, options);
        _hasReset = true;
        _ended = false;
        return info;
    }

    public StepOutcome StepInto(TAction action, Span<byte> observation)
    {
        ThrowIfOutOfOrder();
        var outcome = Buffered.StepInto(action, observation);
        _ended = outcome.IsDone;
        return outcome;
    }

    private IBufferedStep<TAction> Buffered => (IBufferedStep<TAction>)Inner;

    private void ThrowIfOutOfOrder()
    {
        if (!_hasReset)
        {
            throw EnvironmentErrors.StepBeforeReset(Name);
        }
        if (_ended)
        {
            throw EnvironmentErrors.StepAfterEnd(Name);
        }
    }

    public override Frame? Render()
    {
        if (!_hasReset && RenderMode != RenderMode.None)
        {
            throw new InvalidOperationException($"{Name}: Render was called before Reset; call Reset() first.");
        }
        return Inner.Render();
    }

    private string Name => Spec?.Id ?? Inner.GetType().Name;
}
