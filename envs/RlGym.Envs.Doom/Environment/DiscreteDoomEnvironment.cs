using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.Envs.Doom.Environment;

/// <summary>A Doom scenario with Discrete actions over button combinations (ViZDoom's Gymnasium default, max_buttons_pressed=1).</summary>
internal sealed class DiscreteDoomEnvironment : DoomEnvironment<int>
{
    public DiscreteDoomEnvironment(DoomScenario scenario, DoomSettings settings, RenderMode renderMode, EnvSpec? spec)
        : base(scenario, settings, renderMode, spec)
    {
        ActionSpace = new Discrete(Combos.Count);
    }

    public override ISpace<int> ActionSpace { get; }

    internal override bool TryEncode(int mask, out int action)
    {
        action = Combos.IndexOf(mask);
        return action >= 0;
    }

    protected override int Decode(int action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        return Combos.MaskOf(action);
    }
}
