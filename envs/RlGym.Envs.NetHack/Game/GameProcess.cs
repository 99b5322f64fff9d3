using System.Buffers.Binary;
using System.Globalization;
using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// One running game on its own 80x24 pseudo-terminal, started through the dynamic loader with the preload library.
/// Synchronisation is exact: keys go to the game on the key pipe, and whenever the game is about to block reading a
/// key the preload library sends everything it drew since the last wait as one frame on the status pipe (an 8-byte
/// header, payload length and kind, then the bytes); <see cref="Await"/> reads until it has that whole frame. The end
/// of the status pipe means the game exited (what it drew on its way out comes first, in an exit frame); it is then
/// reaped. A game that does not ask for a key within <see cref="HangMilliseconds"/> (or the limit it was started with) is killed by
/// <see cref="HangGuard"/>: a guard against a hung process, never a stand-in for the synchronisation.
/// </summary>
internal sealed class GameProcess : IGame
{
    /// <summary>The terminal's rows.</summary>
    public const int Rows = 24;

    /// <summary>The terminal's columns.</summary>
    public const int Columns = 80;

    /// <summary>How long a game may compute, by default, before it is presumed hung and killed.</summary>
    public const int HangMilliseconds = 120_000;

    private const int FrameHeader = 8;
    private const uint KeyWaitFrame = 1;
    private const uint ExitFrame = 2;

    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly string _errorLog;
    private readonly Lock _gate = new();
    private readonly int _hangMilliseconds;
    private int _master;
    private int _status;
    private int _keys;
    private int _start;
    private int _stop;
    private int _payloadLeft = -1;
    private uint _kind;
    private long _waitingSince;
    private bool _hung;
    private bool _reaped;
    private GameEnd? _end;

    private GameProcess(int pid, int master, int status, int keys, string errorLog, int hangMilliseconds)
    {
        Pid = pid;
        _hangMilliseconds = hangMilliseconds;
        _master = master;
        _status = status;
        _keys = keys;
        _errorLog = errorLog;
    }

    /// <summary>The game's process id.</summary>
    public int Pid { get; }

    /// <summary>How the game ended; null while it runs.</summary>
    public GameEnd? End => _end;

    /// <summary>
    /// Starts a game in <paramref name="playground"/> whose randomness comes from <paramref name="seed"/> and whose clock
    /// reads <paramref name="clock"/> (seconds since 1970); it is killed when it does not ask for a key within
    /// <paramref name="hangMilliseconds"/> of being waited on.
    /// </summary>
    /// <exception cref="IOException">When the process cannot be started.</exception>
    public static GameProcess Start(GameInstallation installation, Playground playground, ulong seed, long clock, int hangMilliseconds = HangMilliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hangMilliseconds, 1);
        string dir = playground.DirectoryPath;
        string[] argv = [installation.Loader, installation.Binary];
        string[] environment =
        [
            "TERM=ansi", "LANG=C", "TZ=UTC0", "PATH=/usr/bin:/bin", "USER=agent", "LOGNAME=agent",
            $"HOME={dir}", $"HACKDIR={dir}", $"NETHACKOPTIONS={playground.OptionsFile}",
            $"LD_PRELOAD={installation.Preload}", "RLGYM_NH_STATUS_FD=3", "RLGYM_NH_KEY_FD=4",
            $"RLGYM_NH_SEED={seed.ToString("x16", CultureInfo.InvariantCulture)}",
            $"RLGYM_NH_CLOCK={clock.ToString(CultureInfo.InvariantCulture)}", $"RLGYM_NH_PLAYGROUND={dir}",
        ];
        using var args = new NativeStringArray(argv);
        using var env = new NativeStringArray(environment);
        int error = Bridge.Spawn(installation.Loader, args.Pointer, env.Pointer, dir, playground.ErrorLog, Rows, Columns,
            out int pid, out int master, out int status, out int keys);
        if (error != 0)
        {
            throw new IOException($"Could not start NetHack ({installation.Binary} through {installation.Loader}): errno {error}.");
        }
        LiveGames.Add(pid, dir);
        var game = new GameProcess(pid, master, status, keys, playground.ErrorLog, hangMilliseconds);
        HangGuard.Watch(game);
        return game;
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
            written = LibC.Write(_keys, &key, 1);
        }
        while (written < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == LibC.EINTR);
    }

    /// <summary>Waits until the game asks for a key (true) or ends (false), passing what it drew on.</summary>
    public bool Await(IGameOutput output)
    {
        if (_end is not null)
        {
            return false;
        }
        Volatile.Write(ref _waitingSince, Environment.TickCount64);
        try
        {
            while (true)
            {
                if (_payloadLeft < 0 && _stop - _start >= FrameHeader)
                {
                    _payloadLeft = (int)BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start));
                    _kind = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.AsSpan(_start + 4));
                    _start += FrameHeader;
                }
                if (_payloadLeft >= 0)
                {
                    int take = Math.Min(_payloadLeft, _stop - _start);
                    if (take > 0)
                    {
                        output.Receive(_buffer.AsSpan(_start, take));
                        _start += take;
                        _payloadLeft -= take;
                    }
                    if (_payloadLeft == 0)
                    {
                        _payloadLeft = -1;
                        if (_kind == KeyWaitFrame)
                        {
                            return true;
                        }
                        if (_kind != ExitFrame)
                        {
                            throw new IOException($"The NetHack preload library sent a frame of unknown kind {_kind}; expected {KeyWaitFrame} (key wait) or {ExitFrame} (exit).");
                        }
                        continue;
                    }
                }
                if (!ReadStatus())
                {
                    Reap();
                    return false;
                }
            }
        }
        finally
        {
            Volatile.Write(ref _waitingSince, 0);
        }
    }

    /// <summary>
    /// Kills the game when it has been waited on for its hang limit or more at <paramref name="now"/>
    /// (<see cref="Environment.TickCount64"/>); the waiting <see cref="Await"/> then sees the end and reports the hang.
    /// </summary>
    public void KillIfHung(long now)
    {
        lock (_gate)
        {
            long since = Volatile.Read(ref _waitingSince);
            if (_reaped || since == 0 || now - since < _hangMilliseconds)
            {
                return;
            }
            _hung = true;
            LibC.Kill(Pid, LibC.SIGKILL);
        }
    }

    /// <summary>Kills the game (if it still runs) and reaps it.</summary>
    public void Kill()
    {
        if (_end is null)
        {
            LibC.Kill(Pid, LibC.SIGKILL);
            Reap();
        }
    }

    /// <summary>
    /// Closes this side of the terminal, the status pipe and the key pipe without killing the game, as a crash of this
    /// process would, and waits for the game to notice, clean up its playground and exit.
    /// </summary>
    public GameEnd Abandon()
    {
        if (_end is GameEnd ended)
        {
            return ended;
        }
        LibC.Close(_master);
        LibC.Close(_status);
        LibC.Close(_keys);
        _master = _status = _keys = -1;
        Reap();
        return _end!.Value;
    }

    /// <summary>Kills the game if it still runs and closes the terminal.</summary>
    public void Dispose() => Kill();

    /// <summary>Reads more of the status pipe after what is buffered; false at its end.</summary>
    private bool ReadStatus()
    {
        if (_start == _stop)
        {
            _start = _stop = 0;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, _stop - _start).CopyTo(_buffer);
            _stop -= _start;
            _start = 0;
        }
        int n = ReadFd(_status, _buffer.AsSpan(_stop));
        if (n <= 0)
        {
            return false;
        }
        _stop += n;
        return true;
    }

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

    private void Reap()
    {
        if (_end is not null)
        {
            return;
        }
        bool hung;
        lock (_gate)
        {
            _reaped = true;
            hung = _hung;
        }
        HangGuard.Forget(this);
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
        if (_keys >= 0)
        {
            LibC.Close(_keys);
            _keys = -1;
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
            return new GameEnd(LibC.SIGKILL, 0, $"the game process {Pid} did not ask for a key within {_hangMilliseconds / 1000.0:0.#} s and was killed{said}");
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
