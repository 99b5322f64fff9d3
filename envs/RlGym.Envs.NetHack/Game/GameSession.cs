using RlGym.Envs.NetHack.Native;
using RlGym.Envs.NetHack.Recording;
using RlGym.Envs.NetHack.Screen;

namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// A game for one environment: its playground (kept across episodes), its terminal and the current game process.
/// Every byte the game draws goes to the terminal and, when recording, to the episode's ttyrec file.
/// </summary>
internal sealed class GameSession : IGameOutput, IDisposable
{
    /// <summary>The clock every game reads: 2024-01-18 12:00 UTC, a Thursday at noon with a first-quarter moon (no luck changes, no night effects).</summary>
    public const long PinnedClock = 1_705_579_200;

    private readonly GameInstallation _installation;
    private readonly Playground _playground;
    private readonly VirtualTerminal _terminal = new();
    private IGame? _process;
    private GameLibrary? _spareLibrary;
    private TtyrecWriter? _recording;

    /// <summary>Creates the playground for games with <paramref name="options"/>.</summary>
    public GameSession(GameInstallation installation, GameOptions options)
    {
        _installation = installation;
        _playground = Playground.Create(installation, options);
    }

    /// <summary>The screen after the last wait.</summary>
    public ScreenBuffer Screen { get; } = new();

    /// <summary>True while a game process runs.</summary>
    public bool Running => _process is { End: null };

    /// <summary>How the last game ended; null while it runs or before the first.</summary>
    public GameEnd? End => _process?.End;

    /// <summary>The game's process id (0 before the first game).</summary>
    public int Pid => _process?.Pid ?? 0;

    /// <summary>How long games started from now on may compute before they are presumed hung and killed.</summary>
    public int HangMilliseconds { get; set; } = GameProcess.HangMilliseconds;

    /// <summary>The game's core random seed when fixed by an option (NLE's <c>core</c>); null to use the episode's seed.</summary>
    public ulong? CoreSeed { get; set; }

    /// <summary>The game's display random seed when fixed by an option (NLE's <c>disp</c>); null to derive it from the episode's seed.</summary>
    public ulong? DisplaySeed { get; set; }

    /// <summary>Whether games built from source started from now on keep <c>screen_descriptions</c> as they draw.</summary>
    public bool DescribeCells { get; set; }

    /// <summary>The game built from source, when that is what runs (null for the stock binary or before the first game).</summary>
    public LibraryGame? Library => _process as LibraryGame;

    /// <summary>The playground directory.</summary>
    public string PlaygroundPath => _playground.DirectoryPath;

    /// <summary>
    /// Starts a new game (ending the one running) seeded with <paramref name="seed"/>, recording it to
    /// <paramref name="recordPath"/> when given, and waits until it asks for the first key.
    /// </summary>
    /// <exception cref="IOException">When the game cannot start or ends before asking for a key.</exception>
    public void Start(ulong seed, string? recordPath)
    {
        Stop();
        _playground.Prepare();
        _terminal.Reset();
        Screen.Clear();
        if (recordPath is not null)
        {
            _recording = new TtyrecWriter(recordPath, PinnedClock);
        }
        _process = _installation.Library is null
            ? GameProcess.Start(_installation, _playground, seed, PinnedClock, HangMilliseconds)
            : LibraryGame.Start(_installation, _playground, CoreSeed ?? seed, DisplaySeed ?? DerivedDisplaySeed(seed), PinnedClock, TakeSpareLibrary(), HangMilliseconds, DescribeCells);
        bool waiting = _process.Await(this);
        _terminal.Read(Screen);
        _recording?.EndFrame();
        if (!waiting)
        {
            throw new IOException($"NetHack ended before asking for its first key: {_process.End?.Description}.");
        }
    }

    /// <summary>Types a key and waits; true while the game runs and waits for the next key.</summary>
    public bool Send(byte key)
    {
        Type(key);
        return Wait();
    }

    /// <summary>Types a key without waiting for the game (see <see cref="Wait"/>).</summary>
    public void Type(byte key)
    {
        if (_process is not null && Running)
        {
            _process.Type(key);
        }
    }

    /// <summary>Waits until the game asks for a key or ends and reads the screen; true while it runs.</summary>
    public bool Wait()
    {
        if (_process is null || !Running)
        {
            return false;
        }
        bool waiting = _process.Await(this);
        _terminal.Read(Screen);
        return waiting;
    }

    /// <summary>Closes the current ttyrec frame (one frame per environment step).</summary>
    public void EndFrame() => _recording?.EndFrame();

    /// <summary>The display seed that goes with core seed <paramref name="seed"/> (a SplitMix64 step: distinct, reproducible).</summary>
    public static ulong DerivedDisplaySeed(ulong seed)
    {
        ulong z = seed + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Test hook of a game built from source: it loops forever (1) or faults (2: SIGSEGV, 3: SIGFPE) in its own code with its next key.</summary>
    internal void InjectFault(int kind) => (Library ?? throw new InvalidOperationException("Only a game built from source (engine source) takes injected faults.")).InjectFault(kind);

    /// <summary>Leaves the running game as a crash of this process would (see <see cref="IGame.Abandon"/>).</summary>
    public GameEnd? Abandon() => _process?.Abandon();

    /// <summary>Ends the running game (if any) and closes its recording; a game built from source leaves its copy of the library for the next.</summary>
    public void Stop()
    {
        if (_process is LibraryGame game)
        {
            var library = game.Finish();
            if (library is not null)
            {
                _spareLibrary?.Dispose();
                _spareLibrary = library;
            }
        }
        else
        {
            _process?.Kill();
        }
        _recording?.Dispose();
        _recording = null;
    }

    /// <summary>Ends the game and deletes the playground.</summary>
    public void Dispose()
    {
        Stop();
        TakeSpareLibrary()?.Dispose();
        _terminal.Dispose();
        _playground.Dispose();
    }

    private GameLibrary? TakeSpareLibrary()
    {
        var library = _spareLibrary;
        _spareLibrary = null;
        return library;
    }

    void IGameOutput.Receive(ReadOnlySpan<byte> bytes)
    {
        _terminal.Write(bytes);
        _recording?.Append(bytes);
    }
}
