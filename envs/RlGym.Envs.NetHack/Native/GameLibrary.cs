using System.Runtime.InteropServices;

namespace RlGym.Envs.NetHack.Native;

/// <summary>
/// One private copy of libnethack_game.so (NetHack 3.6.6 built from source by native/nethack-src/build.sh), holding
/// one game. NetHack keeps its state in globals, so each game needs its own copy: the library's bytes are written to
/// an anonymous memory file (<c>memfd_create</c>) and loaded from there with <c>RTLD_LOCAL</c>, which gives the copy
/// its own globals. The memory file is never on disk, so nothing is left behind even after a crash; it stays open
/// while the copy is loaded because the loader knows a library by the name it was opened with
/// (<c>/proc/self/fd/N</c>), and a closed descriptor's number could be reused for the next copy, which the loader
/// would then take for the one already loaded. A copy plays one game at a time and can play many in turn:
/// <see cref="Reset"/> ends the game and puts the copy back as it was loaded (see <c>rlnh_reset</c>), which costs far
/// less than unloading it and loading another. Disposing ends the game (its memory and files are released by the
/// library), unloads the copy and closes the memory file.
/// <para>Every copy has a slot in the guard (native/nethack/guard.c): a step that runs past its limit is interrupted
/// (<see cref="Interrupt"/>, through <see cref="Game.GameWatchdog"/>) and a crash in the copy's own code is caught; either
/// way the step returns <see cref="Signalled"/> plus the signal, and the copy is never played again.</para>
/// </summary>
internal sealed unsafe partial class GameLibrary : IDisposable
{
    /// <summary>What a start or a step reports: the game waits for a key.</summary>
    public const int Waiting = 0;

    /// <summary>The game is over (it called exit).</summary>
    public const int Ended = 1;

    /// <summary>The game panicked or aborted.</summary>
    public const int Aborted = 2;

    /// <summary>Plus a signal number: the guard stopped the game on that signal (a hang or a crash in its own code).</summary>
    public const int Signalled = 100;

    private const int RtldNow = 2;
    private const uint MfdCloexec = 1;
    private static readonly Lock ImageGate = new();
    private static byte[]? s_image;
    private static string? s_imagePath;

    private readonly delegate* unmanaged<byte*, byte*, byte*, ulong, ulong, long, int> _start;
    private readonly delegate* unmanaged<int, int> _step;
    private readonly delegate* unmanaged<nuint*, byte*> _output;
    private readonly delegate* unmanaged<GameObservation*, void> _observe;
    private readonly delegate* unmanaged<void> _end;
    private readonly delegate* unmanaged<int> _reset;
    private readonly delegate* unmanaged<int*, void> _glyphConstants;
    private readonly delegate* unmanaged<nint, void> _setGuard;
    private readonly delegate* unmanaged<int, void> _testFault;
    private readonly delegate* unmanaged<int, int> _describeCells;
    private readonly delegate* unmanaged<byte*, byte*, void> _testDescribe;
    private readonly delegate* unmanaged<nint*, void> _testKept;
    private nint _handle;
    private nint _guard;
    private int _file;

    private GameLibrary(nint handle, int file)
    {
        _handle = handle;
        _file = file;
        _start = (delegate* unmanaged<byte*, byte*, byte*, ulong, ulong, long, int>)Export("rlnh_start");
        _step = (delegate* unmanaged<int, int>)Export("rlnh_step");
        _output = (delegate* unmanaged<nuint*, byte*>)Export("rlnh_output");
        _observe = (delegate* unmanaged<GameObservation*, void>)Export("rlnh_observe");
        _end = (delegate* unmanaged<void>)Export("rlnh_end");
        _reset = (delegate* unmanaged<int>)Export("rlnh_reset");
        _glyphConstants = (delegate* unmanaged<int*, void>)Export("rlnh_glyph_constants");
        _setGuard = (delegate* unmanaged<nint, void>)Export("rlnh_set_guard");
        _testFault = (delegate* unmanaged<int, void>)Export("rlnh_test_fault");
        _describeCells = (delegate* unmanaged<int, int>)Export("rlnh_describe_cells");
        _testDescribe = (delegate* unmanaged<byte*, byte*, void>)Export("rlnh_test_describe");
        _testKept = (delegate* unmanaged<nint*, void>)Export("rlnh_test_kept");
        _ = HangSignal; // installs the guard's handlers before the first copy gets a slot
        _guard = Bridge.GuardAdd(Export("rlnh_step"), Export("rlnh_escape"));
    }

    /// <summary>
    /// The real-time signal the guard interrupts hung games with (the handlers are installed with the first copy);
    /// -1 when no real-time signal was free, so hangs are not interrupted.
    /// </summary>
    public static int HangSignal => s_hangSignal.Value;

    private static readonly Lazy<int> s_hangSignal = new(Bridge.GuardInstall, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when this copy has a guard slot (its hangs can be interrupted and its crashes caught).</summary>
    public bool Guarded => _guard != 0;

    /// <summary>Whether a step (or the start) of the game runs now, and how many it started; false when unguarded.</summary>
    public bool StepRunning(out ulong steps)
    {
        steps = 0;
        return _guard != 0 && Bridge.GuardPoll(_guard, out steps) != 0;
    }

    /// <summary>Interrupts step number <paramref name="steps"/> if it still runs (see <c>rlgym_nh_guard_interrupt</c>).</summary>
    public int Interrupt(ulong steps) => _guard != 0 ? Bridge.GuardInterrupt(_guard, steps) : -1;

    /// <summary>
    /// Test hook (<c>rlnh_test_fault</c>): with its next key the game loops forever (1), reads through a null pointer
    /// (2) or divides by zero (3), in its own code; 0 turns it off.
    /// </summary>
    internal void InjectFault(int kind) => _testFault(kind);

    /// <summary>
    /// Test hook (<c>rlnh_test_describe</c>): the map cells marked in <paramref name="which"/> (21x79, non-zero)
    /// described now as <c>screen_descriptions</c> describes a cell when it is drawn, into <paramref name="into"/>
    /// (21x79x80; the other cells' texts are left as they are).
    /// </summary>
    internal void DescribeNow(byte[] which, byte[] into)
    {
        fixed (byte* cells = which, bytes = into)
        {
            _testDescribe(cells, bytes);
        }
    }

    /// <summary>
    /// Test hook (<c>rlnh_test_kept</c>): the addresses of what the copy keeps from game to game (its pristine copy of
    /// the game's data, the game's stack, the description buffer), zero before they exist.
    /// </summary>
    internal nint[] KeptMemory()
    {
        nint* kept = stackalloc nint[3];
        _testKept(kept);
        return [kept[0], kept[1], kept[2]];
    }

    /// <summary>The glyph layout of the build (see <see cref="Game.GlyphLayout"/>).</summary>
    public Game.GlyphLayout GlyphLayout()
    {
        int* values = stackalloc int[6];
        _glyphConstants(values);
        return new Game.GlyphLayout(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static readonly Dictionary<string, Game.GlyphLayout> Layouts = [];

    /// <summary>The glyph layout of the library at <paramref name="path"/> (read once per process from a copy loaded for the purpose).</summary>
    public static Game.GlyphLayout LayoutOf(string path)
    {
        lock (ImageGate)
        {
            if (Layouts.TryGetValue(path, out var known))
            {
                return known;
            }
        }
        using var library = Load(path);
        var layout = library.GlyphLayout();
        lock (ImageGate)
        {
            Layouts[path] = layout;
        }
        return layout;
    }

    /// <summary>Loads a private copy of the library at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">When the copy cannot be made or loaded.</exception>
    public static GameLibrary Load(string path)
    {
        byte[] image = Image(path);
        int fd = MemfdCreate("rlgym-nethack", MfdCloexec);
        if (fd < 0)
        {
            throw new IOException($"memfd_create failed (errno {Marshal.GetLastPInvokeError()}) making a private copy of {path}.");
        }
        bool loaded = false;
        try
        {
            fixed (byte* bytes = image)
            {
                nint done = 0;
                while (done < image.Length)
                {
                    nint written = LibC.Write(fd, bytes + done, image.Length - done);
                    if (written <= 0)
                    {
                        if (written < 0 && Marshal.GetLastPInvokeError() == LibC.EINTR)
                        {
                            continue;
                        }
                        throw new IOException($"Could not copy {path} into memory (errno {Marshal.GetLastPInvokeError()}).");
                    }
                    done += written;
                }
            }
            nint handle = DlOpen($"/proc/self/fd/{fd}", RtldNow);
            if (handle == 0)
            {
                throw new IOException($"Could not load a private copy of {path}: {Marshal.PtrToStringUTF8(DlError())}.");
            }
            loaded = true;
            return new GameLibrary(handle, fd);
        }
        finally
        {
            if (!loaded)
            {
                LibC.Close(fd);
            }
        }
    }

    /// <summary>
    /// Starts the game (see <c>rlnh_start</c>), keeping <c>screen_descriptions</c> up to date as it draws when
    /// <paramref name="describeCells"/> says so (<c>rlnh_describe_cells</c>); returns <see cref="Waiting"/>,
    /// <see cref="Ended"/>, <see cref="Aborted"/> or -1.
    /// </summary>
    public int Start(string directory, string dataDirectory, string options, ulong coreSeed, ulong displaySeed, long clock, bool describeCells)
    {
        fixed (byte* dir = Utf8(directory), data = Utf8(dataDirectory), opts = Utf8(options))
        {
            _setGuard(_guard);
            if (_describeCells(describeCells ? 1 : 0) < 0)
            {
                return -1;
            }
            return _start(dir, data, opts, coreSeed, displaySeed, clock);
        }
    }

    /// <summary>Gives the waiting game <paramref name="key"/> and runs it until it waits again or ends.</summary>
    public int Step(byte key) => _step(key);

    /// <summary>The bytes the game drew on its terminal since the last call (valid until the next step).</summary>
    public ReadOnlySpan<byte> TakeOutput()
    {
        nuint length;
        byte* bytes = _output(&length);
        return new ReadOnlySpan<byte>(bytes, checked((int)length));
    }

    /// <summary>Fills the keys <paramref name="observation"/> points at from the game's own state.</summary>
    public void Observe(ref GameObservation observation)
    {
        fixed (GameObservation* o = &observation)
        {
            _observe(o);
        }
    }

    /// <summary>
    /// Ends the game and makes this copy as it was when loaded, ready to <see cref="Start"/> another game; false when
    /// it cannot (no game was started), and the copy should then be disposed.
    /// </summary>
    public bool Reset() => _handle != 0 && _reset() == 0;

    /// <summary>Ends the game and unloads this copy.</summary>
    public void Dispose()
    {
        if (_handle == 0)
        {
            return;
        }
        Game.GameWatchdog.Stop(this);
        _end();
        if (_guard != 0)
        {
            Bridge.GuardRemove(_guard);
            _guard = 0;
        }
        DlClose(_handle);
        _handle = 0;
        LibC.Close(_file);
        _file = -1;
    }

    private nint Export(string name)
    {
        nint address = DlSym(_handle, name);
        if (address == 0)
        {
            throw new IOException($"libnethack_game.so has no {name}: rebuild RlGym.Envs.NetHack.");
        }
        return address;
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");

    private static byte[] Image(string path)
    {
        lock (ImageGate)
        {
            if (s_image is null || s_imagePath != path)
            {
                s_image = File.ReadAllBytes(path);
                s_imagePath = path;
            }
            return s_image;
        }
    }

    [LibraryImport("libc", EntryPoint = "memfd_create", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MemfdCreate(string name, uint flags);

    [LibraryImport("libc", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint DlOpen(string path, int flags);

    [LibraryImport("libc", EntryPoint = "dlsym", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint DlSym(nint handle, string name);

    [LibraryImport("libc", EntryPoint = "dlclose")]
    private static partial int DlClose(nint handle);

    [LibraryImport("libc", EntryPoint = "dlerror")]
    private static partial nint DlError();
}
