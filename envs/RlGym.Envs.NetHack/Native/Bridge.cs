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
}
