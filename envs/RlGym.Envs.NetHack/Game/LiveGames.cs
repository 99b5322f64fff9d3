using System.Collections.Concurrent;
using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// The games this process has running, so that a normal exit (including Ctrl+C handled by the host) kills them and
/// deletes their playgrounds even when nobody disposed the environments. An abrupt death is covered by the game
/// side: the pseudo-terminal hangs up and the preload library deletes the playground and exits.
/// </summary>
internal static class LiveGames
{
    private static readonly ConcurrentDictionary<int, string> Games = new();
    private static int s_hooked;

    /// <summary>Notes a started game.</summary>
    public static void Add(int pid, string playground)
    {
        if (Interlocked.Exchange(ref s_hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        }
        Games[pid] = playground;
    }

    /// <summary>Forgets a game that was reaped.</summary>
    public static void Remove(int pid) => Games.TryRemove(pid, out _);

    /// <summary>The number of games running now.</summary>
    public static int Count => Games.Count;

    private static void KillAll()
    {
        foreach (var (pid, playground) in Games)
        {
            LibC.Kill(pid, LibC.SIGKILL);
            LibC.WaitPid(pid, out _, 0);
            try
            {
                Playground.DeleteIfMarked(playground);
            }
            catch (IOException)
            {
                // Best effort at exit.
            }
            catch (UnauthorizedAccessException)
            {
                // Best effort at exit.
            }
        }
        Games.Clear();
    }
}
