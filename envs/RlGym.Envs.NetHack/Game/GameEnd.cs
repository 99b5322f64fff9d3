namespace RlGym.Envs.NetHack.Game;

/// <summary>How a game process ended.</summary>
/// <param name="Signal">The signal that killed it, or 0 when it exited by itself.</param>
/// <param name="ExitCode">Its exit code when it exited by itself.</param>
/// <param name="Description">One line saying what happened, with anything it wrote to standard error.</param>
internal readonly record struct GameEnd(int Signal, int ExitCode, string Description)
{
    /// <summary>True when a signal ended the game (a kill from outside, or a crash).</summary>
    public bool Killed => Signal != 0;
}
