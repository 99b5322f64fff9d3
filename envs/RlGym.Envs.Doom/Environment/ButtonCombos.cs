using System.Numerics;

namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// The Discrete action encoding of ViZDoom's Gymnasium wrapper: every combination of the scenario's buttons with at
/// most <c>max_buttons_pressed</c> held, in <c>itertools.product((0, 1), repeat=n)</c> order (the first button varies
/// slowest), so action 0 is "nothing held". With one button at most: 0 nothing, then the buttons from last to first.
/// </summary>
internal sealed class ButtonCombos
{
    private readonly IReadOnlyList<DoomButton> _buttons;
    private readonly int[] _masks;

    public ButtonCombos(IReadOnlyList<DoomButton> buttons, int maxPressed)
    {
        _buttons = buttons;
        var masks = new List<int>();
        int n = buttons.Count;
        for (int k = 0; k < 1 << n; k++)
        {
            if (BitOperations.PopCount((uint)k) > maxPressed)
            {
                continue;
            }
            int mask = 0;
            for (int i = 0; i < n; i++)
            {
                if ((k & (1 << (n - 1 - i))) != 0)
                {
                    mask |= 1 << (int)buttons[i];
                }
            }
            masks.Add(mask);
        }
        _masks = [.. masks];
    }

    public int Count => _masks.Length;

    /// <summary>The world's button mask for Discrete action <paramref name="action"/>.</summary>
    public int MaskOf(int action) => _masks[action];

    /// <summary>The Discrete action holding exactly <paramref name="mask"/>, or -1 when no action does.</summary>
    public int IndexOf(int mask) => Array.IndexOf(_masks, mask);

    /// <summary>The world's button mask for a MultiBinary action (entry i holds button i).</summary>
    public int MaskOf(byte[] binary)
    {
        int mask = 0;
        for (int i = 0; i < binary.Length; i++)
        {
            if (binary[i] != 0)
            {
                mask |= 1 << (int)_buttons[i];
            }
        }
        return mask;
    }

    /// <summary>The combination's button names, such as "MOVE_LEFT+ATTACK" or "NOOP".</summary>
    public string Describe(int mask)
    {
        var names = _buttons.Where(b => (mask & (1 << (int)b)) != 0).Select(ButtonName).ToList();
        return names.Count == 0 ? "NOOP" : string.Join("+", names);
    }

    /// <summary>ViZDoom's name of a button.</summary>
    public static string ButtonName(DoomButton button) => button switch
    {
        DoomButton.Attack => "ATTACK",
        DoomButton.MoveLeft => "MOVE_LEFT",
        DoomButton.MoveRight => "MOVE_RIGHT",
        DoomButton.MoveForward => "MOVE_FORWARD",
        DoomButton.MoveBackward => "MOVE_BACKWARD",
        DoomButton.TurnLeft => "TURN_LEFT",
        DoomButton.TurnRight => "TURN_RIGHT",
        _ => button.ToString(),
    };
}
