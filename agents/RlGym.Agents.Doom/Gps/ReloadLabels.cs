using RlGym.Envs.Doom;

namespace RlGym.Agents.Doom.Gps;

/// <summary>
/// Makes the teacher's labels something pixels can tell apart. With a monster in the cross-hair, the teacher fires
/// when the pistol is ready and otherwise waits (no button) for the 14-tic reload; the reload timer is not on screen,
/// but holding Attack while reloading does nothing (the shot goes off at the first ready tic, as the teacher's
/// would), so "wait" and "attack" are the same move there. The label is then Attack, so "monster in the cross-hair:
/// attack" is one rule a student can see. Every other label is the teacher's own.
/// </summary>
internal sealed class ReloadLabels
{
    private readonly int _attack;

    /// <summary>For a scenario's buttons, with Discrete actions over at most one button.</summary>
    public ReloadLabels(IReadOnlyList<DoomButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        int index = -1;
        for (int i = 0; i < buttons.Count; i++)
        {
            if (buttons[i] == DoomButton.Attack)
            {
                index = i;
            }
        }
        // With one button at most, action 0 holds none and action j holds button n - j (itertools.product order).
        _attack = index < 0 ? -1 : buttons.Count - index;
    }

    /// <summary>The label for the teacher's <paramref name="action"/> in <paramref name="state"/>.</summary>
    public int Label(int action, in DoomState state)
    {
        if (action != 0 || _attack < 0)
        {
            return action;
        }
        var player = state.Player;
        return !player.Dead && !player.WeaponReady && state.AimedObject >= 0 ? _attack : action;
    }
}
