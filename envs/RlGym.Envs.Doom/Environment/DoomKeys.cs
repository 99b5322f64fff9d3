namespace RlGym.Envs.Doom.Environment;

/// <summary>
/// Keys for <c>rlgym play</c>: arrows turn (or step, where the scenario cannot turn) and walk, A and D strafe, space
/// or F fires, full stop waits a tic.
/// </summary>
internal static class DoomKeys
{
    public static bool TryMask(ConsoleKeyInfo key, IReadOnlyList<DoomButton> buttons, out int mask)
    {
        bool canTurn = buttons.Contains(DoomButton.TurnLeft);
        DoomButton? button = key.Key switch
        {
            ConsoleKey.LeftArrow => canTurn ? DoomButton.TurnLeft : DoomButton.MoveLeft,
            ConsoleKey.RightArrow => canTurn ? DoomButton.TurnRight : DoomButton.MoveRight,
            ConsoleKey.UpArrow or ConsoleKey.W => DoomButton.MoveForward,
            ConsoleKey.DownArrow or ConsoleKey.S => DoomButton.MoveBackward,
            ConsoleKey.A => DoomButton.MoveLeft,
            ConsoleKey.D => DoomButton.MoveRight,
            ConsoleKey.Spacebar or ConsoleKey.F => DoomButton.Attack,
            _ => null,
        };
        if (button is DoomButton b && buttons.Contains(b))
        {
            mask = 1 << (int)b;
            return true;
        }
        mask = 0;
        return key.Key == ConsoleKey.OemPeriod || key.KeyChar == '.';
    }

    public static string Help(IReadOnlyList<DoomButton> buttons)
    {
        var parts = new List<string>();
        bool canTurn = buttons.Contains(DoomButton.TurnLeft);
        if (canTurn)
        {
            parts.Add("left/right arrows turn");
        }
        if (buttons.Contains(DoomButton.MoveForward))
        {
            parts.Add("up arrow or W walks forward");
        }
        if (buttons.Contains(DoomButton.MoveBackward))
        {
            parts.Add("down arrow or S walks back");
        }
        if (buttons.Contains(DoomButton.MoveLeft))
        {
            parts.Add(canTurn ? "A/D step sideways" : "left/right arrows (or A/D) step sideways");
        }
        if (buttons.Contains(DoomButton.Attack))
        {
            parts.Add("space or F fires");
        }
        parts.Add(". waits");
        return string.Join(", ", parts);
    }
}
