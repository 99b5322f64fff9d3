namespace RlGym.Envs.NetHack;

/// <summary>
/// NLE's action sets, in NLE's order with NLE's names and key codes: <see cref="Full"/> (its <c>ACTIONS</c>, 121
/// entries, 118 distinct keys: <c>+</c>, <c>"</c> and <c>$</c> appear both as commands and as text characters) and
/// <see cref="Task"/> (its <c>TASK_ACTIONS</c>, the 23 every task but the Challenge uses). An action is an index into
/// the environment's set.
/// </summary>
public static class NetHackActions
{
    /// <summary>The full keyboard (NLE's <c>nethack.ACTIONS</c>): the NetHackChallenge action set.</summary>
    public static IReadOnlyList<NetHackAction> Full { get; } = BuildFull();

    /// <summary>The task action set (NLE's <c>TASK_ACTIONS</c>): MORE, 8 compass moves, 8 long moves, up, down, wait, kick, eat, search.</summary>
    public static IReadOnlyList<NetHackAction> Task { get; } =
    [
        .. Full.Where(a => a.Name == "MiscAction.MORE"),
        .. Full.Where(a => a.Name.StartsWith("CompassDirection.", StringComparison.Ordinal)),
        .. Full.Where(a => a.Name.StartsWith("CompassDirectionLonger.", StringComparison.Ordinal)),
        .. Full.Where(a => a.Name.StartsWith("MiscDirection.", StringComparison.Ordinal)),
        .. Full.Where(a => a.Name is "Command.KICK" or "Command.EAT" or "Command.SEARCH").OrderBy(a => a.Name switch
        {
            "Command.KICK" => 0,
            "Command.EAT" => 1,
            _ => 2,
        }),
    ];

    /// <summary>
    /// NLE's <c>USEFUL_ACTIONS</c> (86), NetHack-v0's action set: the full keyboard without the 20 commands NLE
    /// lists as not for agents and without the text characters, then the space at the end. As in NLE, a text
    /// character whose key a command also types removes that command's entry (the first with the key).
    /// </summary>
    public static IReadOnlyList<NetHackAction> Useful { get; } = BuildUseful();

    /// <summary>The index of the first action in <paramref name="actions"/> that types <paramref name="key"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<NetHackAction> actions, byte key)
    {
        ArgumentNullException.ThrowIfNull(actions);
        for (int i = 0; i < actions.Count; i++)
        {
            if (actions[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>How a key code reads: <c>k</c>, <c>^D</c>, <c>M-q</c>, <c>Enter</c>, <c>Esc</c>, <c>Space</c>.</summary>
    public static string Describe(byte key) => key switch
    {
        13 => "Enter",
        27 => "Esc",
        32 => "Space",
        >= 128 => "M-" + Describe((byte)(key & 0x7f)),
        < 32 => "^" + (char)(key + 64),
        _ => ((char)key).ToString(),
    };

    private static NetHackAction[] BuildFull()
    {
        var actions = new List<NetHackAction>(121);
        void Add(string group, string name, int key) => actions.Add(new NetHackAction($"{group}.{name}", (byte)key));
        static int Meta(char c) => 0x80 | c;
        static int Ctrl(char c) => 0x1f & c;

        foreach (var (name, key) in new[] { ("N", 'k'), ("E", 'l'), ("S", 'j'), ("W", 'h'), ("NE", 'u'), ("SE", 'n'), ("SW", 'b'), ("NW", 'y') })
        {
            Add("CompassDirection", name, key);
        }
        foreach (var (name, key) in new[] { ("N", 'K'), ("E", 'L'), ("S", 'J'), ("W", 'H'), ("NE", 'U'), ("SE", 'N'), ("SW", 'B'), ("NW", 'Y') })
        {
            Add("CompassDirectionLonger", name, key);
        }
        Add("MiscDirection", "UP", '<');
        Add("MiscDirection", "DOWN", '>');
        Add("MiscDirection", "WAIT", '.');
        Add("MiscAction", "MORE", '\r');
        (string, int)[] commands =
        [
            ("EXTCMD", '#'), ("EXTLIST", Meta('?')), ("ADJUST", Meta('a')), ("ANNOTATE", Meta('A')), ("APPLY", 'a'),
            ("ATTRIBUTES", Ctrl('x')), ("AUTOPICKUP", '@'), ("CALL", 'C'), ("CAST", 'Z'), ("CHAT", Meta('c')),
            ("CLOSE", 'c'), ("CONDUCT", Meta('C')), ("DIP", Meta('d')), ("DROP", 'd'), ("DROPTYPE", 'D'), ("EAT", 'e'),
            ("ENGRAVE", 'E'), ("ENHANCE", Meta('e')), ("ESC", Ctrl('[')), ("FIGHT", 'F'), ("FIRE", 'f'),
            ("FORCE", Meta('f')), ("GLANCE", ';'), ("HISTORY", 'V'), ("INVENTORY", 'i'), ("INVENTTYPE", 'I'),
            ("INVOKE", Meta('i')), ("JUMP", Meta('j')), ("KICK", Ctrl('d')), ("KNOWN", '\\'), ("KNOWNCLASS", '`'),
            ("LOOK", ':'), ("LOOT", Meta('l')), ("MONSTER", Meta('m')), ("MOVE", 'm'), ("MOVEFAR", 'M'),
            ("OFFER", Meta('o')), ("OPEN", 'o'), ("OPTIONS", 'O'), ("OVERVIEW", Ctrl('o')), ("PAY", 'p'),
            ("PICKUP", ','), ("PRAY", Meta('p')), ("PUTON", 'P'), ("QUAFF", 'q'), ("QUIT", Meta('q')), ("QUIVER", 'Q'),
            ("READ", 'r'), ("REDRAW", Ctrl('r')), ("REMOVE", 'R'), ("RIDE", Meta('R')), ("RUB", Meta('r')),
            ("RUSH", 'g'), ("RUSH2", 'G'), ("SAVE", 'S'), ("SEARCH", 's'), ("SEEALL", '*'), ("SEEAMULET", '"'),
            ("SEEARMOR", '['), ("SEEGOLD", '$'), ("SEERINGS", '='), ("SEESPELLS", '+'), ("SEETOOLS", '('),
            ("SEETRAP", '^'), ("SEEWEAPON", ')'), ("SHELL", '!'), ("SIT", Meta('s')), ("SWAP", 'x'), ("TAKEOFF", 'T'),
            ("TAKEOFFALL", 'A'), ("TELEPORT", Ctrl('t')), ("THROW", 't'), ("TIP", Meta('T')), ("TRAVEL", '_'),
            ("TURN", Meta('t')), ("TWOWEAPON", 'X'), ("UNTRAP", Meta('u')), ("VERSION", Meta('v')), ("VERSIONSHORT", 'v'),
            ("WEAR", 'W'), ("WHATDOES", '&'), ("WHATIS", '/'), ("WIELD", 'w'), ("WIPE", Meta('w')), ("ZAP", 'z'),
        ];
        foreach (var (name, key) in commands)
        {
            Add("Command", name, key);
        }
        Add("TextCharacters", "PLUS", '+');
        Add("TextCharacters", "MINUS", '-');
        Add("TextCharacters", "SPACE", ' ');
        Add("TextCharacters", "APOS", '\'');
        Add("TextCharacters", "QUOTE", '"');
        for (char digit = '0'; digit <= '9'; digit++)
        {
            Add("TextCharacters", $"NUM_{digit}", digit);
        }
        Add("TextCharacters", "DOLLAR", '$');
        return [.. actions];
    }

    private static List<NetHackAction> BuildUseful()
    {
        string[] notForAgents =
        [
            "ANNOTATE", "AUTOPICKUP", "CONDUCT", "EXTCMD", "EXTLIST", "GLANCE", "HISTORY", "KNOWN", "KNOWNCLASS", "OPTIONS",
            "OVERVIEW", "TELEPORT", "QUIT", "REDRAW", "SAVE", "SEEALL", "TRAVEL", "VERSION", "WHATDOES", "WHATIS",
        ];
        var useful = Full.Where(a => !notForAgents.Any(n => a.Name == "Command." + n)).ToList();
        foreach (var text in Full.Where(a => a.Name.StartsWith("TextCharacters.", StringComparison.Ordinal)))
        {
            useful.RemoveAt(useful.FindIndex(a => a.Key == text.Key));
        }
        useful.Add(Full.First(a => a.Name == "TextCharacters.SPACE"));
        return useful;
    }
}
