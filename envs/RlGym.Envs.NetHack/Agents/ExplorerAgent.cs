using System.Text;
using RlGym.Core;
using RlGym.Core.Agents;
using RlGym.Core.Random;

namespace RlGym.Envs.NetHack.Agents;

/// <summary>
/// A scripted NetHack player for the task action set: answers what the game asks, goes down a staircase it stands on,
/// fights a monster next to it, walks to a staircase down it can see, and otherwise explores (the nearest, least
/// cell next to unseen ground it has not stood on, or a closed door), kicking locked doors, searching dead ends for
/// hidden passages when nothing is left. When hungry it eats the fresh corpse of something it just killed (answering
/// the corpse question with its <c>y</c> key) or, failing that, a food whose inventory letter is one of its keys.
/// <para>It reads what the game waits for from <c>misc</c> and the staircase under the hero from <c>internal</c>
/// when the observation has them; NLE's default keys leave both out, and it then reads them off the terminal as the
/// stock binary's bridge does: the prompt from <c>tty_chars</c> and <c>tty_cursor</c>, the staircase from what the
/// hero's cell showed before the hero stood on it (or the game saying so).</para>
/// </summary>
internal sealed class ExplorerAgent : IAgent<IReadOnlyDictionary<string, object>, int>
{
    private const int Searches = 15;

    /// <summary>Corpses older than this many turns may be tainted: left alone.</summary>
    private const long FreshTurns = 30;

    private static readonly string[] UnsafeCorpses =
        ["cockatrice", "chickatrice", "Medusa", "green slime", "were", "human", "kobold", "lizard", "bat", "mold", "soldier ant"];

    private readonly int[] _moves;
    private readonly int _more;
    private readonly int _down;
    private readonly int _search;
    private readonly int _kick;
    private readonly int _eat;
    private readonly Dictionary<long, Level> _levels = [];
    private Rng _rng = new(0);
    private int _lastCell = -1;
    private int _lastDirection = -1;
    private int _pendingKick = -1;
    private int _eatPause;
    private int _lastAttack = -1;
    private readonly List<(int Cell, long Turn, long Depth)> _kills = [];
    private readonly HashSet<int> _peaceful = [];
    private readonly Screen.ScreenBuffer _screen = new();
    private readonly Screen.MapMemory _underHero = new();
    private long _memoryDepth = -1;

    public ExplorerAgent(IReadOnlyList<NetHackAction> actions)
    {
        int Find(string name) => actions.Select((a, i) => (a, i)).First(p => p.a.Name == name).i;
        _moves = [.. new[] { "N", "E", "S", "W", "NE", "SE", "SW", "NW" }.Select(d => Find("CompassDirection." + d))];
        _more = Find("MiscAction.MORE");
        _down = Find("MiscDirection.DOWN");
        _search = Find("Command.SEARCH");
        _kick = Find("Command.KICK");
        _eat = Find("Command.EAT");
        Keys = [.. actions.Select(a => a.Key)];
    }

    public string Name => "explorer";

    private byte[] Keys { get; }

    public void BeginEpisode(ulong seed)
    {
        _rng = new Rng(seed);
        _levels.Clear();
        _lastCell = _lastDirection = _pendingKick = _lastAttack = -1;
        _eatPause = 0;
        _kills.Clear();
        _peaceful.Clear();
        _memoryDepth = -1;
    }

    public int Act(IReadOnlyDictionary<string, object> observation)
    {
        string message = Text((byte[])observation[NetHackObservation.Message]);
        if (observation.TryGetValue(NetHackObservation.TtyChars, out var ttyChars) &&
            observation.TryGetValue(NetHackObservation.TtyCursor, out var cursor))
        {
            ((byte[])ttyChars).CopyTo(_screen.Chars, 0);
            _screen.CursorRow = ((byte[])cursor)[0];
            _screen.CursorColumn = ((byte[])cursor)[1];
        }
        _eatPause = Math.Max(0, _eatPause - 1);
        var (yesNo, waiting) = observation.TryGetValue(NetHackObservation.Misc, out var miscValue)
            ? (((int[])miscValue)[0] == 1, ((int[])miscValue)[1] == 1 || ((int[])miscValue)[2] == 1)
            : Screen.ScreenReader.Classify(_screen) switch
            {
                Screen.InputMode.YesNo => (true, false),
                Screen.InputMode.Command => (false, false),
                _ => (false, true),
            };
        if (yesNo)
        {
            return Answer(message);
        }
        if (waiting)
        {
            return _more;
        }
        long[] blstats = (long[])observation[NetHackObservation.Blstats];
        bool stairsDown = observation.TryGetValue(NetHackObservation.Internal, out var internals)
            ? ((int[])internals)[4] == 1
            : StairsUnderHero(message, blstats);
        if (stairsDown)
        {
            return _down;
        }
        var map = new LevelMap((byte[])observation[NetHackObservation.Chars], (byte[])observation[NetHackObservation.Colors]);
        var ttyColors = (sbyte[])observation[NetHackObservation.TtyColors];
        int row = (int)blstats[Blstats.Y], column = (int)blstats[Blstats.X];
        if (!LevelMap.Inside(row, column))
        {
            return _search;
        }
        int hero = row * LevelMap.Columns + column;
        long turn = blstats[Blstats.Time], depth = blstats[Blstats.Depth];
        var level = LevelFor(depth);
        if (hero == _lastAttack || message.Contains("statue of", StringComparison.Ordinal))
        {
            level.Statues.Add(hero); // walked onto what looked like a monster: a statue shows as one
        }
        NoteKill(message, turn, depth);
        level.Visits[hero]++;
        if (++level.Age % 150 == 0)
        {
            level.Blocked.Clear();
        }
        if (level.Age % 40 == 0)
        {
            _peaceful.Clear();
        }
        int? reaction = ReactToLastMove(hero, message, level);
        if (reaction is int react)
        {
            return react;
        }
        if (Fight(map, ttyColors, hero, level.Statues, _peaceful) is int fight)
        {
            _lastAttack = hero + LevelMap.Directions[fight].Dr * LevelMap.Columns + LevelMap.Directions[fight].Dc;
            return Move(hero, fight);
        }
        map.Search(hero, level.Blocked);
        if (blstats[Blstats.HungerState] >= 2 && Meal(map, hero, turn, depth) is int meal)
        {
            return meal;
        }
        if (Nearest(map, cell => map.Char(cell) == (byte)'>', level) is int stairs)
        {
            return Toward(map, hero, stairs);
        }
        if (Nearest(map, cell => (level.Visits[cell] == 0 && map.IsFrontier(cell)) || map.IsClosedDoor(cell), level) is int goal)
        {
            return Toward(map, hero, goal);
        }
        if (map.WalkableNeighbours(hero) <= 1 || level.Searches[hero] > 0)
        {
            if (level.Searches[hero] < Searches)
            {
                level.Searches[hero]++;
                _lastDirection = -1;
                return _search;
            }
        }
        if (Nearest(map, cell => map.WalkableNeighbours(cell) <= 1 && level.Searches[cell] < Searches, level) is int deadEnd)
        {
            return Toward(map, hero, deadEnd);
        }
        return Move(hero, _rng.NextInt(8));
    }

    public void Observe(in Transition<IReadOnlyDictionary<string, object>, int> transition)
    {
    }

    public void EndEpisode(in EpisodeStats stats)
    {
    }

    /// <summary>When hungry: eat a fresh corpse underfoot, walk to one in sight, or eat from the pack.</summary>
    private int? Meal(LevelMap map, int hero, long turn, long depth)
    {
        _kills.RemoveAll(k => turn - k.Turn > FreshTurns);
        foreach (var (cell, _, at) in _kills)
        {
            if (at != depth)
            {
                continue;
            }
            if (cell == hero && _eatPause == 0)
            {
                _eatPause = 10;
                return _eat;
            }
            if (map.Char(cell) == (byte)'%' && map.Distance(cell) != int.MaxValue)
            {
                return Toward(map, hero, cell);
            }
        }
        if (_eatPause == 0)
        {
            _eatPause = 50;
            return _eat;
        }
        return null;
    }

    private void NoteKill(string message, long turn, long depth)
    {
        if (_lastAttack >= 0 && (message.Contains("You kill", StringComparison.Ordinal) || message.Contains("You destroy", StringComparison.Ordinal)))
        {
            _kills.Add((_lastAttack, turn, depth));
        }
        _lastAttack = -1;
    }

    private int Answer(string prompt)
    {
        if (prompt.StartsWith("Really attack", StringComparison.Ordinal) && _lastAttack >= 0)
        {
            _peaceful.Add(_lastAttack); // a peaceful monster: leave it be (for a while: it moves)
        }
        if (prompt.Contains("corpse here; eat it?", StringComparison.Ordinal))
        {
            bool safe = !UnsafeCorpses.Any(name => prompt.Contains(name, StringComparison.Ordinal));
            return Array.IndexOf(Keys, (byte)(safe ? 'y' : 'n'));
        }
        if (_pendingKick >= 0 && prompt.Contains("direction", StringComparison.Ordinal))
        {
            int direction = _pendingKick;
            _pendingKick = -1;
            return _moves[direction];
        }
        if (prompt.StartsWith("What do you want to eat?", StringComparison.Ordinal))
        {
            int open = prompt.IndexOf('['), close = prompt.IndexOf(' ', Math.Max(open, 0));
            string letters = open >= 0 && close > open ? prompt[(open + 1)..close] : "";
            foreach (char letter in letters)
            {
                int action = Array.IndexOf(Keys, (byte)letter);
                if (action >= 0)
                {
                    return action;
                }
            }
            _eatPause = 400;
        }
        return _more; // declines: "Really attack?", a food it cannot name, anything else
    }

    /// <summary>What to do when the last move left the hero where it was: kick a locked door, or give up on that cell.</summary>
    private int? ReactToLastMove(int hero, string message, Level level)
    {
        int tried = _lastDirection;
        bool stayed = hero == _lastCell && tried >= 0;
        _lastCell = hero;
        _lastDirection = -1;
        if (!stayed)
        {
            return null;
        }
        var (dr, dc) = LevelMap.Directions[tried];
        int target = hero + dr * LevelMap.Columns + dc;
        if (message.Contains("locked", StringComparison.Ordinal))
        {
            _pendingKick = tried;
            return _kick;
        }
        if (!message.Contains("You hit", StringComparison.Ordinal) && !message.Contains("You miss", StringComparison.Ordinal) &&
            !message.Contains("WHAMM", StringComparison.Ordinal) && !message.Contains("door opens", StringComparison.Ordinal))
        {
            level.Blocked.Add(target);
        }
        return null;
    }

    /// <summary>The direction of a hostile-looking monster next to the hero (pets show in reverse video and are left alone).</summary>
    private static int? Fight(LevelMap map, sbyte[] ttyColors, int hero, HashSet<int> statues, HashSet<int> peaceful)
    {
        int row = hero / LevelMap.Columns, column = hero % LevelMap.Columns;
        for (int d = 0; d < 8; d++)
        {
            var (dr, dc) = LevelMap.Directions[d];
            int r = row + dr, c = column + dc;
            if (!LevelMap.Inside(r, c))
            {
                continue;
            }
            int cell = r * LevelMap.Columns + c;
            bool pet = ttyColors[(r + 1) * NetHackObservation.TerminalColumns + c] >= 16;
            if (LevelMap.IsMonster(map.Char(cell)) && !pet && !statues.Contains(cell) && !peaceful.Contains(cell) && map.CanStep(hero, cell))
            {
                return d;
            }
        }
        return null;
    }

    private int? Nearest(LevelMap map, Func<int, bool> wanted, Level level)
    {
        int best = -1;
        double bestScore = double.MaxValue;
        for (int cell = 0; cell < LevelMap.Rows * LevelMap.Columns; cell++)
        {
            int distance = map.Distance(cell);
            if (distance == int.MaxValue || distance == 0 || level.Blocked.Contains(cell) || !wanted(cell))
            {
                continue;
            }
            double score = distance + 4 * level.Visits[cell] + _rng.NextDouble() * 0.5;
            if (score < bestScore)
            {
                bestScore = score;
                best = cell;
            }
        }
        return best >= 0 ? best : null;
    }

    private int Toward(LevelMap map, int hero, int goal)
    {
        int next = map.FirstStep(goal);
        int dr = next / LevelMap.Columns - hero / LevelMap.Columns, dc = next % LevelMap.Columns - hero % LevelMap.Columns;
        for (int d = 0; d < 8; d++)
        {
            if (LevelMap.Directions[d] == (dr, dc))
            {
                return Move(hero, d);
            }
        }
        return _search;
    }

    private int Move(int hero, int direction)
    {
        _lastCell = hero;
        _lastDirection = direction;
        return _moves[direction];
    }

    /// <summary>
    /// Without <c>internal</c>: true when the game says the hero is on a staircase down, or when the hero's cell showed
    /// a <c>&gt;</c> before the hero stood on it (remembered from the terminal, per level).
    /// </summary>
    private bool StairsUnderHero(string message, long[] blstats)
    {
        int row = (int)blstats[Blstats.Y], column = (int)blstats[Blstats.X];
        long depth = blstats[Blstats.Depth];
        if (depth != _memoryDepth)
        {
            _underHero.Clear();
            _memoryDepth = depth;
        }
        if (!LevelMap.Inside(row, column))
        {
            return false;
        }
        bool onStairs = message.Contains("staircase down here", StringComparison.Ordinal) || _underHero.At(row, column) == (byte)'>';
        _underHero.Update(_screen, row, column);
        return onStairs;
    }

    private Level LevelFor(long depth)
    {
        if (!_levels.TryGetValue(depth, out var level))
        {
            level = new Level();
            _levels[depth] = level;
        }
        return level;
    }

    private static string Text(byte[] bytes)
    {
        int end = Array.IndexOf(bytes, (byte)0);
        return Encoding.Latin1.GetString(bytes, 0, end < 0 ? bytes.Length : end);
    }

    private sealed class Level
    {
        public int[] Visits { get; } = new int[LevelMap.Rows * LevelMap.Columns];

        public int[] Searches { get; } = new int[LevelMap.Rows * LevelMap.Columns];

        public HashSet<int> Blocked { get; } = [];

        public HashSet<int> Statues { get; } = [];

        public int Age { get; set; }
    }
}
