using RlGym.Envs.NetHack.Game;

namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// What the bridge knows about the game after a step, read off the terminal: the screen, the input mode, the message,
/// <c>blstats</c>, and what it derives over time (the staircase under the hero, the deepest level, the hunger
/// estimate). Two instances (before and after a step) are reused for the whole life of an environment.
/// </summary>
internal sealed class GameView
{
    private readonly MapMemory _memory = new();
    private readonly char[] _message = new char[ScreenBuffer.Columns];
    private int _messageLength;
    private string? _messageText = "";
    private GlyphLayout _layout;

    /// <summary>The terminal as the game left it.</summary>
    public ScreenBuffer Screen { get; } = new();

    /// <summary>The bottom-line statistics (see <see cref="NetHack.Blstats"/>).</summary>
    public long[] Blstats { get; } = new long[NetHack.Blstats.Count];

    /// <summary>What the game waits for.</summary>
    public InputMode Mode { get; private set; }

    /// <summary>The top-line message (empty under a menu), as a string made on first use after it changed.</summary>
    public string Message => _messageText ??= new string(MessageText);

    /// <summary>The top-line message without making a string (what a step reads: it allocates nothing).</summary>
    public ReadOnlySpan<char> MessageText => _message.AsSpan(0, _messageLength);

    /// <summary>True while a game runs and has drawn its status lines (NLE's in_moveloop).</summary>
    public bool InGame { get; private set; }

    /// <summary>True once the game showed that it is over (death, quitting); the game then winds down.</summary>
    public bool GameOver { get; private set; }

    /// <summary>The message shown when the game was first seen to be over ("You die..."); empty before.</summary>
    public string EndMessage { get; private set; } = "";

    /// <summary>True when the hero stands on a staircase down.</summary>
    public bool StairsDown { get; private set; }

    /// <summary>The deepest level reached.</summary>
    public long DeepestLevel { get; private set; }

    /// <summary>The estimate of the nutrition counter (see <see cref="HungerEstimate"/>).</summary>
    public long Hunger { get; private set; }

    /// <summary>
    /// The experience part of the score (the game's <c>u.urexp</c>): every experience point gained counts four, as
    /// the game's <c>more_experienced</c> counts it. Bonuses the game adds without experience (the Oracle's, a novel's)
    /// and levels gained from potions (which set experience without counting it) are not seen.
    /// </summary>
    public long ScoreExperience { get; private set; }

    /// <summary>The gold carried when the game started (the game's <c>u.umoney0</c>).</summary>
    public long StartGold { get; private set; }

    /// <summary>The hero's row on the map (0-20).</summary>
    public int HeroRow => (int)Blstats[NetHack.Blstats.Y];

    /// <summary>The hero's column on the map (0-78).</summary>
    public int HeroColumn => (int)Blstats[NetHack.Blstats.X];

    /// <summary>The game's own state when it is NetHack built from source (see <see cref="UseGameState"/>); null for the stock binary.</summary>
    public GameState? State { get; private set; }

    /// <summary>Reads the game's own state from now on (engine source), with the build's glyph layout.</summary>
    public void UseGameState(GameState state, GlyphLayout layout)
    {
        State = state;
        _layout = layout;
    }

    /// <summary>
    /// After <see cref="Update"/>: takes blstats, the staircase flag, the deepest level, the hunger counter and the
    /// experience score from the game's own state (engine source); once the game is over, keeps what NLE keeps.
    /// </summary>
    public void ApplyGame(LibraryGame? game, bool running)
    {
        if (State is null)
        {
            return;
        }
        if (!running || game is null)
        {
            State.EndGame();
            return;
        }
        State.Read(game);
        if (State.ProgramState[3] == 0)
        {
            return; // not in the move loop yet (character creation): the hero has no place or statistics
        }
        State.Blstats.CopyTo(Blstats, 0);
        StairsDown = State.Internal[4] != 0;
        DeepestLevel = State.Internal[0];
        Hunger = State.Internal[7];
        ScoreExperience = State.Internal[8];
    }

    /// <summary>Forgets the previous game.</summary>
    public void Clear()
    {
        Screen.Clear();
        Array.Clear(Blstats);
        Mode = InputMode.Command;
        _messageLength = 0;
        _messageText = "";
        InGame = GameOver = StairsDown = false;
        EndMessage = "";
        DeepestLevel = 0;
        Hunger = HungerEstimate.Start;
        ScoreExperience = StartGold = 0;
        _memory.Clear();
    }

    /// <summary>Reads the screen the game shows now (<paramref name="running"/> false once the game ended).</summary>
    public void Update(ScreenBuffer screen, bool running)
    {
        bool sameTopLine = screen.Row(0).SequenceEqual(Screen.Row(0));
        Screen.CopyFrom(screen);
        var mode = ScreenReader.Classify(screen);
        bool messageChanged = !sameTopLine || mode != Mode;
        Mode = mode;
        if (messageChanged)
        {
            _messageLength = ScreenReader.Message(screen, Mode, _message);
            _messageText = null;
        }
        if (!running)
        {
            InGame = false;
            GameOver = true;
            return;
        }
        if (!GameOver && messageChanged && IsGameOver(MessageText))
        {
            GameOver = true;
            EndMessage = Message;
        }
        long depth = Blstats[NetHack.Blstats.Depth];
        long time = Blstats[NetHack.Blstats.Time];
        long experience = Blstats[NetHack.Blstats.ExperiencePoints];
        if (!StatusParser.TryRead(screen, Blstats, out bool scoreShown))
        {
            return;
        }
        if (Mode == InputMode.Command && screen.CursorRow is >= 1 and <= NetHackObservation.MapRows)
        {
            Blstats[NetHack.Blstats.X] = screen.CursorColumn;
            Blstats[NetHack.Blstats.Y] = screen.CursorRow - 1;
        }
        if (!InGame || Blstats[NetHack.Blstats.Depth] != depth)
        {
            _memory.Clear();
        }
        long turns = InGame ? Blstats[NetHack.Blstats.Time] - time : 0;
        if (InGame)
        {
            ScoreExperience += 4 * Math.Max(0, Blstats[NetHack.Blstats.ExperiencePoints] - experience);
        }
        else
        {
            StartGold = Blstats[NetHack.Blstats.Gold];
            ScoreExperience = 4 * Blstats[NetHack.Blstats.ExperiencePoints];
        }
        InGame = true;
        DeepestLevel = Math.Max(DeepestLevel, Blstats[NetHack.Blstats.Depth]);
        if (!scoreShown)
        {
            Blstats[NetHack.Blstats.Score] = Score();
        }
        Hunger = HungerEstimate.Next(Hunger, turns, messageChanged ? MessageText : [], Blstats[NetHack.Blstats.HungerState]);
        int row = HeroRow, column = HeroColumn;
        bool onMap = row is >= 0 and < NetHackObservation.MapRows && column is >= 0 and < NetHackObservation.MapColumns;
        StairsDown = MessageText.Contains("staircase down here", StringComparison.Ordinal) ||
                     (onMap && _memory.At(row, column) == (byte)'>');
        if (onMap)
        {
            _memory.Update(screen, row, column);
        }
    }

    /// <summary>Copies everything from <paramref name="other"/>.</summary>
    public void CopyFrom(GameView other)
    {
        Screen.CopyFrom(other.Screen);
        other.Blstats.CopyTo(Blstats, 0);
        Mode = other.Mode;
        other.MessageText.CopyTo(_message);
        _messageLength = other._messageLength;
        _messageText = other._messageText;
        InGame = other.InGame;
        GameOver = other.GameOver;
        EndMessage = other.EndMessage;
        StairsDown = other.StairsDown;
        DeepestLevel = other.DeepestLevel;
        Hunger = other.Hunger;
        ScoreExperience = other.ScoreExperience;
        StartGold = other.StartGold;
        _memory.CopyFrom(other._memory);
        if (State is not null && other.State is not null)
        {
            State.CopyFrom(other.State);
        }
    }

    /// <summary>True when a map cell next to the hero (not the hero's own) holds something drawn in reverse video: a pet (hilite_pet).</summary>
    public bool PetAdjacent() => State is { } state
        ? AnyNeighbourGlyph(state, _layout.IsPet)
        : AnyNeighbour((ch, color) => ch != (byte)' ' && color >= 16);

    /// <summary>True when a map cell next to the hero holds the Oracle: a bright blue <c>@</c> on the Oracle's levels (5-9).</summary>
    public bool OracleAdjacent() => State is { } state
        ? AnyNeighbourGlyph(state, _layout.IsOracle)
        : Blstats[NetHack.Blstats.Depth] is >= 5 and <= 9 && AnyNeighbour((ch, color) => ch == (byte)'@' && (color & 15) == 12);

    /// <summary>The number of map cells that show something (seen at least once on this level and still drawn).</summary>
    public int SeenCells()
    {
        if (State is { } state)
        {
            return state.Glyphs.Length - System.MemoryExtensions.Count(state.Glyphs.AsSpan(), (short)_layout.Stone);
        }
        int seen = 0;
        for (int row = 1; row <= NetHackObservation.MapRows; row++)
        {
            var line = Screen.Row(row)[..NetHackObservation.MapColumns];
            seen += NetHackObservation.MapColumns - System.MemoryExtensions.Count(line, (byte)' ');
        }
        return seen;
    }

    private bool AnyNeighbourGlyph(GameState state, Func<int, bool> test)
    {
        int heroRow = HeroRow, heroColumn = HeroColumn;
        for (int dr = -1; dr <= 1; dr++)
        {
            for (int dc = -1; dc <= 1; dc++)
            {
                int r = heroRow + dr, c = heroColumn + dc;
                if ((dr != 0 || dc != 0) && r is >= 0 and < NetHackObservation.MapRows && c is >= 0 and < NetHackObservation.MapColumns &&
                    test(state.Glyphs[r * NetHackObservation.MapColumns + c]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool AnyNeighbour(Func<byte, sbyte, bool> test)
    {
        int heroRow = HeroRow + 1, heroColumn = HeroColumn;
        for (int dr = -1; dr <= 1; dr++)
        {
            for (int dc = -1; dc <= 1; dc++)
            {
                int r = heroRow + dr, c = heroColumn + dc;
                if ((dr != 0 || dc != 0) && r is >= 1 and <= NetHackObservation.MapRows && c is >= 0 and < NetHackObservation.MapColumns &&
                    test(Screen.At(r, c), Screen.ColorAt(r, c)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The game's <c>botl_score</c> from what the screen shows: gold gained since the start, <see cref="ScoreExperience"/>,
    /// 50 per level below the first of the deepest level reached, and 1000 per level below 20 (at most 10,000). Gold
    /// hidden in containers is not seen.
    /// </summary>
    private long Score()
    {
        long deepest = DeepestLevel;
        long total = Math.Max(0, Blstats[NetHack.Blstats.Gold] - StartGold) + ScoreExperience + 50 * (deepest - 1);
        if (deepest > 20)
        {
            total += 1000 * (deepest > 30 ? 10 : deepest - 20);
        }
        return total;
    }

    /// <summary>The messages that open the end of a game: death, the disclosure question, the farewell.</summary>
    private static bool IsGameOver(ReadOnlySpan<char> message) =>
        message.Contains("You die", StringComparison.Ordinal) || message.Contains("possessions identified", StringComparison.Ordinal) ||
        message.StartsWith("Goodbye ", StringComparison.Ordinal);
}
