using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Core.Spaces;

namespace RlGym.Envs.Doom.Environment;

/// <summary>A Doom scenario with MultiBinary actions: entry i holds button i (ViZDoom's max_buttons_pressed=0).</summary>
internal sealed class BinaryDoomEnvironment : DoomEnvironment<byte[]>
{
    public BinaryDoomEnvironment(DoomScenario scenario, DoomSettings settings, RenderMode renderMode, EnvSpec? spec)
        : base(scenario, settings, renderMode, spec)
    {
        ActionSpace = new MultiBinary(scenario.Buttons.Count);
    }

    public override ISpace<byte[]> ActionSpace { get; }

    internal override bool TryEncode(int mask, out byte[] action)
    {
        action = new byte[Buttons.Count];
        int covered = 0;
        for (int i = 0; i < Buttons.Count; i++)
        {
            int bit = 1 << (int)Buttons[i];
            if ((mask & bit) != 0)
            {
                action[i] = 1;
                covered |= bit;
            }
        }
        return covered == mask;
    }

    protected override int Decode(byte[] action)
    {
        EnvironmentErrors.ThrowIfInvalid(ActionSpace, action);
        return Combos.MaskOf(action);
    }
}
