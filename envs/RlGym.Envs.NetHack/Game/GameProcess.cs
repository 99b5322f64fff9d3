using System.Globalization;
using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// One running game on its own 80x24 pseudo-terminal, started through the dynamic loader with the preload library.
/// Synchronisation is exact: the preload library writes, on the status pipe, the number of bytes the game has written
/// to the terminal whenever it is about to block reading a key; <see cref="Await"/> blocks on that pipe and then reads
/// the terminal until it has exactly that many bytes. End of the status pipe means the game is exiting; it is then
/// drained and reaped. A game that does not ask for a key within <see cref="HangMilliseconds"/> is killed: that is a
/// guard against a hung process, never a stand-in for the synchronisation.
/// </summary>
internal sealed class GameProcess : IDisposable
{
    /// <summary>The terminal's rows.</summary>
    public const int Rows = 24;

    /// <summary>The terminal's columns.</summary>
    public const int Columns = 80;

    /// <summary>How long a game may compute before it is presumed hung and killed.</summary>
    public const int HangMilliseconds = 120_000;

    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly string _errorLog;
    private int _master;
    private int _status;
    private ulong _received;
    private GameEnd? _end;

    private GameProcess(int pid, int master, int status, string errorLog)
    {
        Pid = pid;
        _master = master;
        _status = status;
        _errorLog = errorLog;
    }

    /// <summary>The game's process id.</summary>
    public int Pid { get; }

    /// <summary>How the game ended; null while it runs.</summary>
    public GameEnd? End => _end;

    /// <summary>
    /// Starts a game in <paramref name="playground"/> whose randomness comes from <paramref name="seed"/> and whose clock
    /// reads <paramref name="clock"/> (seconds since 1970).
    /// </summary>
    /// <exception cref="IOException">When the process cannot be started.</exception>
    public static GameProcess Start(GameInstallation installation, Playground playground, ulong seed, long clock)
    {
        string dir = playground.DirectoryPath;
        string[] argv = [installation.Loader, installation.Binary];
        string[] environment =
        [
            "TERM=ansi", "LANG=C", "TZ=UTC0", "PATH=/usr/bin:/bin", "USER=agent", "LOGNAME=agent",
            $"HOME={dir}", $"HACKDIR={dir}", $"NETHACKOPTIONS={playground.OptionsFile}",
            $"LD_PRELOAD={installation.Preload}", "RLGYM_NH_STATUS_FD=3",
            $"RLGYM_NH_SEED={seed.ToString("x16", CultureInfo.InvariantCulture)}",
            $"RLGYM_NH_CLOCK={clock.ToString(CultureInfo.InvariantCulture)}", $"RLGYM_NH_PLAYGROUND={dir}",
        ];
        using var args = new NativeStringArray(argv);
        using var env = new NativeStringArray(environment);
        int error = Bridge.Spawn(installation.Loader, args.Pointer, env.Pointer, dir, playground.ErrorLog, Rows, Columns,
            out int pid, out int master, out int status);
        if (error != 0)
        {
            throw new IOException($"Could not start NetHack ({installation.Binary} through {installation.Loader}): errno {error}.");
        }
        LiveGames.Add(pid, dir);
        return new GameProcess(pid, master, status, playground.ErrorLog);
    }

    /// <summary>Types <paramref name="key"/> and waits until the game asks for the next key or ends.</summary>
    /// <returns>True when the game waits for a key; false when it ended (see <see cref="End"/>).</returns>
    public bool Send(byte key, IGameOutput output)
    {
        Type(key);
        return Await(output);
    }

    /// <summary>
    /// Types <paramref name="key"/> without waiting: the game works on it while the caller does something else (types
    /// into other games, say); <see cref="Await"/> collects the outcome.
    /// </summary>
    public unsafe void Type(byte key)
    {
        if (_end is not null)
        {
            return;
        }
        nint written;
        do
        {
            written = LibC.Write(_master, &key, 1);
        }
        while (written < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == LibC.EINTR);
    }

    /// <summary>Waits until the game asks for a key (true) or ends (false), passing its terminal output on.</summary>
    public bool Await(IGameOutput output)
    {
        if (_end is not null)
        {
            return false;
        }
        if (!WaitForStatus(out ulong expected))
        {
            if (_end is null)
            {
                Drain(output);
                Reap(hung: false);
            }
            return false;
        }
        while (_received < expected)
        {
            int n = ReadMaster((int)Math.Min((ulong)_buffer.Length, expected - _received));
            if (n <= 0)
            {
                Reap(hung: false);
                return false;
            }
            _received += (ulong)n;
            output.Receive(_buffer.AsSpan(0, n));
        }
        return true;
    }

    /// <summary>Kills the game (if it still runs) and reaps it.</summary>
    public void Kill()
    {
        if (_end is null)
        {
            LibC.Kill(Pid, LibC.SIGKILL);
            Reap(hung: false);
        }
    }

    /// <summary>
    /// Closes this side of the terminal and of the status pipe without killing the game, as a crash of this process
    /// would, and waits for the game to notice, clean up its playground and exit.
    /// </summary>
    public GameEnd Abandon()
    {
        if (_end is GameEnd ended)
        {
            return ended;
        }
        LibC.Close(_master);
        LibC.Close(_status);
        _master = _status = -1;
        Reap(hung: false);
        return _end!.Value;
    }

    /// <summary>Kills the game if it still runs and closes the terminal.</summary>
    public void Dispose() => Kill();

    private bool WaitForStatus(out ulong expected)
    {
        expected = 0;
        Span<byte> record = stackalloc byte[8];
        int got = 0;
        while (got < 8)
        {
            if (!Readable(_status))
            {
                LibC.Kill(Pid, LibC.SIGKILL);
                Reap(hung: true);
                return false;
            }
            int n = ReadFd(_status, record[got..]);
            if (n <= 0)
            {
                return false;
            }
            got += n;
        }
        expected = BitConverter.ToUInt64(record);
        return true;
    }

    private unsafe bool Readable(int fd)
    {
        var poll = new LibC.PollFd { Fd = fd, Events = LibC.POLLIN };
        while (true)
        {
            int ready = LibC.Poll(&poll, 1, HangMilliseconds);
            if (ready >= 0)
            {
                return ready > 0;
            }
            if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != LibC.EINTR)
            {
                return true;
            }
        }
    }

    private void Drain(IGameOutput output)
    {
        int n;
        while ((n = ReadMaster(_buffer.Length)) > 0)
        {
            _received += (ulong)n;
            output.Receive(_buffer.AsSpan(0, n));
        }
    }

    private int ReadMaster(int count) => ReadFd(_master, _buffer.AsSpan(0, count));

    private static unsafe int ReadFd(int fd, Span<byte> into)
    {
        fixed (byte* p = into)
        {
            while (true)
            {
                nint n = LibC.Read(fd, p, into.Length);
                if (n >= 0)
                {
                    return (int)n;
                }
                if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != LibC.EINTR)
                {
                    return -1;
                }
            }
        }
    }

    private void Reap(bool hung)
    {
        if (_end is not null)
        {
            return;
        }
        int status;
        int result;
        do
        {
            result = LibC.WaitPid(Pid, out status, 0);
        }
        while (result < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == LibC.EINTR);
        LiveGames.Remove(Pid);
        if (_master >= 0)
        {
            LibC.Close(_master);
            _master = -1;
        }
        if (_status >= 0)
        {
            LibC.Close(_status);
            _status = -1;
        }
        _end = Describe(result < 0 ? 0 : status, hung);
    }

    private GameEnd Describe(int status, bool hung)
    {
        string errors = "";
        try
        {
            errors = File.Exists(_errorLog) ? File.ReadAllText(_errorLog).Trim() : "";
        }
        catch (IOException)
        {
            // The playground may be gone already.
        }
        string said = errors.Length == 0 ? "" : $"; it wrote: {(errors.Length <= 300 ? errors : errors[^300..])}";
        if (hung)
        {
            return new GameEnd(LibC.SIGKILL, 0, $"the game process {Pid} did not ask for a key within {HangMilliseconds / 1000} s and was killed{said}");
        }
        if (LibC.Signaled(status))
        {
            int signal = LibC.TermSignal(status);
            return new GameEnd(signal, 0, $"the game process {Pid} was killed by signal {signal}{said}");
        }
        int code = LibC.ExitCode(status);
        return new GameEnd(0, code, $"the game process {Pid} exited with code {code}{said}");
    }
}
