using System.Runtime.InteropServices;

namespace RlGym.Envs.NetHack.Native;

/// <summary>The few C library calls the bridge makes on raw descriptors and process ids.</summary>
internal static partial class LibC
{
    public const int EINTR = 4;
    public const int EAGAIN = 11;
    public const int ESRCH = 3;
    public const int ECHILD = 10;
    public const int SIGKILL = 9;

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static unsafe partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static unsafe partial nint Write(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, out int status, int options);

    /// <summary>True when a wait status says the process ended by a signal.</summary>
    public static bool Signaled(int status) => (status & 0x7f) != 0 && (status & 0x7f) != 0x7f;

    /// <summary>The signal that ended a process (valid when <see cref="Signaled"/>).</summary>
    public static int TermSignal(int status) => status & 0x7f;

    /// <summary>The exit code of a process that exited normally.</summary>
    public static int ExitCode(int status) => (status >> 8) & 0xff;
}
