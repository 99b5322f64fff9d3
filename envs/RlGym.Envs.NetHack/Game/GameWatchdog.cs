using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// Interrupts games built from source whose step runs past their hang limit: one timer looks at every watched game
/// four times a second and asks the guard (<see cref="GameLibrary.Interrupt"/>) to stop a step it has seen running
/// for longer than the limit, again at every look until the step ends (the guard only stops a game in its own code,
/// never inside the C library). A guard against a hung game, no part of a step's synchronisation.
/// </summary>
internal static class GameWatchdog
{
    private const int PeriodMilliseconds = 250;
    private static readonly Lock Gate = new();
    private static readonly Dictionary<GameLibrary, Watch> Watched = [];
    private static Timer? s_timer;

    /// <summary>Starts watching <paramref name="library"/>'s steps against <paramref name="hangMilliseconds"/>.</summary>
    public static void Start(GameLibrary library, int hangMilliseconds)
    {
        if (!library.Guarded || GameLibrary.HangSignal < 0)
        {
            return;
        }
        lock (Gate)
        {
            Watched[library] = new Watch(hangMilliseconds);
            s_timer ??= new Timer(_ => Check(), null, PeriodMilliseconds, PeriodMilliseconds);
        }
    }

    /// <summary>Stops watching <paramref name="library"/>; the timer stops with the last game.</summary>
    public static void Stop(GameLibrary library)
    {
        lock (Gate)
        {
            Watched.Remove(library);
            if (Watched.Count == 0 && s_timer is not null)
            {
                s_timer.Dispose();
                s_timer = null;
            }
        }
    }

    private static void Check()
    {
        lock (Gate)
        {
            long now = Environment.TickCount64;
            foreach (var (library, watch) in Watched)
            {
                if (!library.StepRunning(out ulong steps))
                {
                    watch.Steps = ulong.MaxValue;
                    continue;
                }
                if (steps != watch.Steps)
                {
                    watch.Steps = steps;
                    watch.Since = now;
                }
                else if (now - watch.Since >= watch.HangMilliseconds)
                {
                    library.Interrupt(steps);
                }
            }
        }
    }

    private sealed class Watch(int hangMilliseconds)
    {
        public int HangMilliseconds { get; } = hangMilliseconds;

        public ulong Steps { get; set; } = ulong.MaxValue;

        public long Since { get; set; }
    }
}
