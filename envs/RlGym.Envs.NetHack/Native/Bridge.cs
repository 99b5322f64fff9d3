using System.Runtime.InteropServices;

namespace RlGym.Envs.NetHack.Native;

/// <summary>P/Invoke declarations of libnethack_bridge.so (native/nethack/bridge.c).</summary>
internal static partial class Bridge
{
    private const string Library = "nethack_bridge";

    [LibraryImport(Library, EntryPoint = "rlgym_nh_spawn", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Spawn(
        string path, nint argv, nint envp, string workingDirectory, string stderrPath, int rows, int cols,
        out int pid, out int master, out int status, out int keys);

    [LibraryImport(Library, EntryPoint = "rlgym_nh_term_new")]
    public static partial nint TermNew(int rows, int cols);

    [LibraryImport(Library, EntryPoint = "rlgym_nh_term_reset")]
    public static partial void TermReset(nint terminal);

    [LibraryImport(Library, EntryPoint = "rlgym_nh_term_write")]
    public static unsafe partial void TermWrite(nint terminal, byte* bytes, nuint length);

    [LibraryImport(Library, EntryPoint = "rlgym_nh_term_read")]
    public static unsafe partial void TermRead(nint terminal, byte* chars, sbyte* colors, int* cursor);

    [LibraryImport(Library, EntryPoint = "rlgym_nh_term_free")]
    public static partial void TermFree(nint terminal);

    /// <summary>Installs the guard's signal handlers (once per process; see native/nethack/guard.c); the hang signal, or -1 when none is free.</summary>
    [LibraryImport(Library, EntryPoint = "rlgym_nh_guard_install")]
    public static partial int GuardInstall();

    /// <summary>A guard slot for the copy of the game whose code holds <paramref name="codeAddress"/>; 0 when none.</summary>
    [LibraryImport(Library, EntryPoint = "rlgym_nh_guard_add")]
    public static partial nint GuardAdd(nint codeAddress, nint escape);

    /// <summary>Frees a guard slot (before its copy is unloaded).</summary>
    [LibraryImport(Library, EntryPoint = "rlgym_nh_guard_remove")]
    public static partial void GuardRemove(nint guard);

    /// <summary>1 while a step of the guarded game runs, with the number of steps it started.</summary>
    [LibraryImport(Library, EntryPoint = "rlgym_nh_guard_poll")]
    public static partial int GuardPoll(nint guard, out ulong steps);

    /// <summary>Interrupts step <paramref name="steps"/> if it still runs: 1 sent, 0 over, -1 no hang signal, else an errno value.</summary>
    [LibraryImport(Library, EntryPoint = "rlgym_nh_guard_interrupt")]
    public static partial int GuardInterrupt(nint guard, ulong steps);
}
