using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.Envs.CatMouse.Single;

/// <summary>
/// CatMouse-v0 with the seed's compass actions: a reading in <c>Box(0, 1, (1,), float32)</c>, read with the seed's
/// quadrants (below 0.25 up, below 0.5 right, below 0.75 down, otherwise left).
/// </summary>
internal sealed class CompassCatMouseEnvironment : CatMouseEnvironment<float[]>
{
    private readonly Box<float> _actions = new(0f, 1f, 1);

    public CompassCatMouseEnvironment(CatMouseSettings settings, RenderMode renderMode, EnvSpec? spec)
        : base(settings, renderMode, spec)
    {
    }

    public override ISpace<float[]> ActionSpace => _actions;

    protected override Direction Decode(float[] action)
    {
        if (!_actions.Contains(action))
        {
            throw new InvalidActionException(_actions, action);
        }
        return CatMouseRules.FromCompass(action[0]);
    }
}
