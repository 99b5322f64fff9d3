using RlGym.Core;

namespace RlGym.Runner.Arena;

/// <summary>
/// A league database that cannot be used as it is: missing, a folder, locked by another process, corrupt, not SQLite, or not
/// an RlGym league. Nothing was written to it. The league is a file the user names, so this is a <see cref="UserInputException"/>.
/// </summary>
internal sealed class LeagueFileException : UserInputException
{
    /// <summary>Creates the error.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="message">One line naming the file and what is wrong with it.</param>
    /// <param name="inner">The SQLite error behind it, if any.</param>
    /// <param name="locked">True when another process held the league's lock past the wait (trying again later may succeed).</param>
    public LeagueFileException(string path, string message, Exception? inner = null, bool locked = false) : base(message, inner)
    {
        Path = path;
        Locked = locked;
    }

    /// <summary>True when another process held the league's lock past the wait: trying again later may succeed.</summary>
    public bool Locked { get; }

    /// <summary>The database file.</summary>
    public string Path { get; }
}
