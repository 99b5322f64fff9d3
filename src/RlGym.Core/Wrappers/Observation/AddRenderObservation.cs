using RlGym.Core.Rendering;
using RlGym.Core.Spaces;

namespace RlGym.Core.Wrappers.Observation;

/// <summary>
/// Gymnasium's <c>AddRenderObservation</c> with <c>render_only=True</c>: the observation is the RGB frame
/// <c>Render()</c> draws after each reset and step, Box(0, 255, (height, width, 3), uint8). The environment must be
/// made in <see cref="RenderMode.RgbArray"/>; the frame size is read from one reset and render at construction, as
/// Gymnasium does. Each returned array is the frame's own pixels.
/// </summary>
internal sealed class AddRenderObservation<TObs, TAction> : ObservationWrapper<TObs, byte[], TAction>
{
    private readonly int _width;
    private readonly int _height;
    private bool _reset;

    public AddRenderObservation(IEnvironment<TObs, TAction> inner) : base(inner)
    {
        (_width, _height) = RenderProbe.Size(inner, "AddRenderObservation");
        ObservationSpace = new Box<byte>(0, 255, _height, _width, 3);
    }

    public override ISpace<byte[]> ObservationSpace { get; }

    // The probe at construction reset the environment; Step before the caller's own Reset must still be refused.
    public override ResetResult<byte[]> Reset(ulong? seed = null, EnvOptions? options = null)
    {
        _reset = true;
        return base.Reset(seed, options);
    }

    public override StepResult<byte[]> Step(TAction action) =>
        _reset ? base.Step(action) : throw EnvironmentErrors.StepBeforeReset(Spec?.Id ?? Inner.GetType().Name);

    protected override byte[] Observation(TObs observation) => RenderProbe.Pixels(Inner, _width, _height);
}
