using RlGym.Envs.NetHack.Native;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// A game of NetHack built from source (<see cref="GameLibrary"/>), run in this process on its own stack: a key
/// resumes it and it runs until it asks for the next key or ends; what it drew on its terminal in the meantime goes
/// to the output. Game over, panics and the game's own exits come back here as the end of the game (the library
/// wraps exit, abort and panic's end), never as the end of this process. A step that runs past the hang limit is
/// interrupted (<see cref="GameWatchdog"/>) and a crash in the game's own code is caught by the guard: the game then
/// ends as killed (<see cref="GameEnd.Killed"/>, so the episode is aborted) and its copy of the library is unloaded.
/// </summary>
internal sealed class LibraryGame : IGame
{
    private readonly GameLibrary _library;
    private byte _key;
    private bool _typed;
    private bool _fresh = true;
    private int _status;
    private bool _released;
    private GameEnd? _end;

    private readonly int _hangMilliseconds;

    private LibraryGame(GameLibrary library, int status, int hangMilliseconds)
    {
        _library = library;
        _status = status;
        _hangMilliseconds = hangMilliseconds;
        Layout = library.GlyphLayout();
        if (status >= GameLibrary.Signalled)
        {
            _end = Stopped(status);
        }
    }

    /// <summary>The build's glyph layout.</summary>
    public GlyphLayout Layout { get; }

    /// <inheritdoc />
    public int Pid => 0;

    /// <inheritdoc />
    public GameEnd? End => _end;

    /// <summary>
    /// Starts a game in <paramref name="playground"/> with the library of <paramref name="installation"/>, the core
    /// and display seeds and a clock (seconds since 1970), up to its first key request (collected by <see cref="Await"/>).
    /// The game runs in <paramref name="reuse"/>, a copy of the library that a finished game handed back
    /// (<see cref="Finish"/>), or else in a newly loaded copy; either way the game now owns it. With
    /// <paramref name="describeCells"/> the game keeps <c>screen_descriptions</c> as it draws (as NLE does).
    /// </summary>
    /// <exception cref="IOException">When the library cannot be loaded or the game cannot start.</exception>
    public static LibraryGame Start(GameInstallation installation, Playground playground, ulong coreSeed, ulong displaySeed, long clock,
        GameLibrary? reuse = null, int hangMilliseconds = GameProcess.HangMilliseconds, bool describeCells = false)
    {
        var library = reuse ?? GameLibrary.Load(installation.Library!);
        try
        {
            GameWatchdog.Start(library, hangMilliseconds);
            int status = library.Start(playground.DirectoryPath, installation.DataDirectory, playground.OptionsFile, coreSeed, displaySeed, clock, describeCells);
            if (status < 0)
            {
                throw new IOException($"NetHack ({installation.Library}) could not start a game in {playground.DirectoryPath}.");
            }
            return new LibraryGame(library, status, hangMilliseconds);
        }
        catch
        {
            library.Dispose();
            throw;
        }
    }

    /// <summary>The game's own state, for the keys <paramref name="observation"/> points at (see <see cref="GameLibrary.Observe"/>).</summary>
    public void Observe(ref GameObservation observation) => _library.Observe(ref observation);

    /// <inheritdoc />
    public void Type(byte key)
    {
        _key = key;
        _typed = true;
    }

    /// <inheritdoc />
    public bool Await(IGameOutput output)
    {
        if (_end is not null)
        {
            return false;
        }
        if (!_fresh)
        {
            if (!_typed)
            {
                throw new InvalidOperationException("Await without a key typed: the game waits for one.");
            }
            _status = _library.Step(_key);
        }
        _fresh = false;
        _typed = false;
        output.Receive(_library.TakeOutput());
        if (_status == GameLibrary.Waiting)
        {
            return true;
        }
        _end = _status switch
        {
            GameLibrary.Ended => new GameEnd(0, 0, "NetHack ended the game"),
            >= GameLibrary.Signalled => Stopped(_status),
            _ => new GameEnd(0, 1, "NetHack panicked or aborted"),
        };
        return false;
    }

    /// <summary>Test hook: the game loops forever (1) or faults (2: SIGSEGV, 3: SIGFPE) in its own code with its next key.</summary>
    internal void InjectFault(int kind) => _library.InjectFault(kind);

    /// <summary>
    /// Test hook: the addresses of what the game's copy of the library keeps from game to game (see
    /// <see cref="GameLibrary.KeptMemory"/>).
    /// </summary>
    internal nint[] KeptMemory() => _library.KeptMemory();

    /// <summary>Test hook: the marked map cells described now (see <see cref="GameLibrary.DescribeNow"/>).</summary>
    internal void DescribeNow(byte[] which, byte[] into) => _library.DescribeNow(which, into);

    private GameEnd Stopped(int status)
    {
        int signal = status - GameLibrary.Signalled;
        return signal == GameLibrary.HangSignal
            ? new GameEnd(signal, 0, $"NetHack did not ask for a key within {_hangMilliseconds / 1000.0:0.###} s and was stopped in its own code")
            : new GameEnd(signal, 0, $"NetHack crashed in its own code (signal {signal}, {SignalName(signal)}); the game was abandoned");
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL",
        7 => "SIGBUS",
        8 => "SIGFPE",
        11 => "SIGSEGV",
        _ => "signal " + signal,
    };

    /// <summary>
    /// Ends the game and hands its copy of the library back, put back as it was loaded, for another game; null when the
    /// copy is not to be played again (the game panicked or aborted, or the copy could not be reset), in which case it
    /// was unloaded, or when it was handed back or unloaded before.
    /// </summary>
    public GameLibrary? Finish()
    {
        _end ??= new GameEnd(0, 0, "the game was ended by the environment");
        if (_released)
        {
            return null;
        }
        _released = true;
        if (_status != GameLibrary.Aborted && _status < GameLibrary.Signalled && _library.Reset())
        {
            return _library;
        }
        _library.Dispose();
        return null;
    }

    /// <inheritdoc />
    public void Kill() => Finish()?.Dispose();

    /// <inheritdoc />
    public GameEnd Abandon()
    {
        Kill();
        return _end!.Value;
    }

    /// <inheritdoc />
    public void Dispose() => Kill();
}
