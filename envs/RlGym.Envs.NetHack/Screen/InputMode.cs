namespace RlGym.Envs.NetHack.Screen;

/// <summary>What the game is waiting for, as the screen shows it.</summary>
internal enum InputMode
{
    /// <summary>A command: the cursor is on the map.</summary>
    Command = 0,

    /// <summary>A key to go on: the cursor follows <c>--More--</c>.</summary>
    More = 1,

    /// <summary>A menu page: the cursor follows <c>(end)</c> or <c>(n of m)</c>.</summary>
    Menu = 2,

    /// <summary>A one-key answer on the top line (yes/no questions, "what do you want to eat? [fg or ?*]", directions).</summary>
    YesNo = 3,

    /// <summary>A line of text on the top line (names, wishes, extended commands).</summary>
    TextEntry = 4,
}
