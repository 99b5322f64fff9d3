namespace RlGym.Cli.Commands;

/// <summary>
/// The largest sizes the command line accepts, checked when it is read so that a slip of the keyboard is one line and
/// exit 2 rather than minutes of allocation and an out-of-memory failure. README.md lists them.
/// </summary>
internal static class SizeLimits
{
    /// <summary><c>bench --envs</c>: copies stepped together (each is a whole environment; NetHack's are processes).</summary>
    public const int Envs = 4096;

    /// <summary><c>run --workers</c>: copies of the environment playing at once, each on its own thread.</summary>
    public const int Workers = 256;

    /// <summary><c>--threads</c> of <c>arena</c> and <c>train doom-gps</c>.</summary>
    public const int Threads = 1024;

    /// <summary><c>--hidden</c> of the brains (the largest a brain checkpoint holds).</summary>
    public const int Hidden = Agents.CatMouse.Lstm.LstmBrain.MaxHidden;

    /// <summary><c>arena --episodes</c>: episodes per pairing (the arena keeps every episode for the league).</summary>
    public const int ArenaEpisodes = 1_000_000;

    /// <summary><c>train doom-gps --samples</c>: decisions gathered per round.</summary>
    public const int Samples = 1_000_000;

    /// <summary><c>train doom-gps --rounds</c>.</summary>
    public const int Rounds = 100_000;

    /// <summary><c>train doom-gps --updates</c>: minibatch updates per round.</summary>
    public const int Updates = 10_000_000;

    /// <summary><c>train doom-gps --eval-episodes</c>.</summary>
    public const int EvaluationEpisodes = 100_000;

    /// <summary><c>train --table --seeds</c>: seeds per hidden size.</summary>
    public const int TableSeeds = 1_000;

    /// <summary><c>check --max-tests</c>: action sequences per property.</summary>
    public const int MaxTests = 1_000_000;
}
