namespace RlGym.Envs.NetHack.Game;

/// <summary>
/// One running game, whichever way it runs: NetHack built from source, loaded in this process
/// (<see cref="LibraryGame"/>), or Debian's stock binary in its own process on a terminal (<see cref="GameProcess"/>).
/// </summary>
internal interface IGame : IDisposable
{
    /// <summary>The game's process id (the stock binary's); 0 for a game in this process.</summary>
    int Pid { get; }

    /// <summary>How the game ended; null while it runs.</summary>
    GameEnd? End { get; }

    /// <summary>Types <paramref name="key"/>; <see cref="Await"/> collects what the game does with it.</summary>
    void Type(byte key);

    /// <summary>Waits until the game asks for a key (true) or ends (false), passing what it drew on.</summary>
    bool Await(IGameOutput output);

    /// <summary>Ends the game now (if it still runs).</summary>
    void Kill();

    /// <summary>Leaves the game as a crash of this process would.</summary>
    GameEnd Abandon();
}
