namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// Kills games that do not ask for a key within their hang limit (<see cref="GameProcess.HangMilliseconds"/> unless
/// started with another) of being waited on. One
/// timer checks every watched game once a second, so the wait itself is a plain blocking read of the status pipe:
/// the guard is against a hung process and plays no part in the synchronisation.
/// </summary>
internal static class HangGuard
{
    private const int PeriodMilliseconds = 1_000;
    private static readonly Lock Gate = new();
    private static readonly HashSet<GameProcess> Watched = [];
    private static Timer? s_timer;

    /// <summary>Starts watching <paramref name="game"/>.</summary>
    public static void Watch(GameProcess game)
    {
        lock (Gate)
        {
            Watched.Add(game);
            s_timer ??= new Timer(_ => Check(), null, PeriodMilliseconds, PeriodMilliseconds);
        }
    }

    /// <summary>Stops watching <paramref name="game"/>; the timer stops with the last game.</summary>
    public static void Forget(GameProcess game)
    {
        lock (Gate)
        {
            Watched.Remove(game);
            if (Watched.Count == 0 && s_timer is not null)
            {
                s_timer.Dispose();
                s_timer = null;
            }
        }
    }

    private static void Check()
    {
        GameProcess[] games;
        lock (Gate)
        {
            games = [.. Watched];
        }
        long now = Environment.TickCount64;
        foreach (var game in games)
        {
            game.KillIfHung(now);
        }
    }
}
