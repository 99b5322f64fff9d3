using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>AddRenderObservation</c> with <c>render_only=False</c>: a Dict observation holding the environment's
/// observation under <c>observationKey</c> ("state") and the RGB frame under <c>renderKey</c> ("pixels").
/// </summary>
internal sealed class AddRenderObservationWithState<TObs, TAction> : ObservationWrapper<TObs, IReadOnlyDictionary<string, object>, TAction>
{
    private readonly int _width;
    private readonly int _height;
    private bool _reset;
    private readonly string _renderKey;
    private readonly string _observationKey;

    public AddRenderObservationWithState(IEnvironment<TObs, TAction> inner, string renderKey, string observationKey) : base(inner)
    {
        ArgumentException.ThrowIfNullOrEmpty(renderKey);
        ArgumentException.ThrowIfNullOrEmpty(observationKey);
        if (renderKey == observationKey)
        {
            throw new ArgumentException($"AddRenderObservation needs two different keys; both are '{renderKey}'.", nameof(observationKey));
        }
        (_width, _height) = RenderProbe.Size(inner, "AddRenderObservation");
        _renderKey = renderKey;
        _observationKey = observationKey;
        ObservationSpace = new DictSpace(
            KeyValuePair.Create(observationKey, (ISpace)inner.ObservationSpace),
            KeyValuePair.Create(renderKey, (ISpace)new Box<byte>(0, 255, _height, _width, 3)));
    }

    public override ISpace<IReadOnlyDictionary<string, object>> ObservationSpace { get; }

    // The probe at construction reset the environment; Step before the caller's own Reset must still be refused.
    public override ResetResult<IReadOnlyDictionary<string, object>> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _reset = true;
        return base.Reset(seed, options);
    }

    public override StepResult<IReadOnlyDictionary<string, object>> Step(TAction action) =>
        _reset ? base.Step(action) : throw EnvironmentErrors.StepBeforeReset(Spec?.Id ?? Inner.GetType().Name);

    protected override IReadOnlyDictionary<string, object> Observation(TObs observation) => new Dictionary<string, object>(2, StringComparer.Ordinal)
    {
        [_observationKey] = Inner.ObservationSpace.Copy(observation)!,
        [_renderKey] = RenderProbe.Pixels(Inner, _width, _height),
    };
}
