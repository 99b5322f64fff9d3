namespace RlGym.Envs.NetHack;

/// <summary>
/// The 27 bottom-line statistics of the <c>blstats</c> observation, in NLE's order. The bridge reads them from the
/// two status lines the game draws (with <c>showexp</c>, <c>showscore</c> and <c>time</c> on) and from the cursor; the
/// remarks of each index say where a value comes from when the status lines do not show it.
/// </summary>
public static class Blstats
{
    /// <summary>The number of entries.</summary>
    public const int Count = 27;

    /// <summary>Hero's map column (0-78), NLE's: <c>chars[y * 79 + x]</c> is the hero (the game's <c>u.ux - 1</c>).</summary>
    public const int X = 0;

    /// <summary>Hero's map row (0-20): the game's <c>u.uy</c> (on the stock binary, the cursor's row - 1 while it waits for a command).</summary>
    public const int Y = 1;

    /// <summary>Strength on NetHack's 3-25 scale (18/xx maps to 18-21 as the game's <c>acurrstr</c> maps it).</summary>
    public const int StrengthPercentage = 2;

    /// <summary>Strength as the game stores it, 3-125 (18/xx is 18 + xx, 18/** is 118, 19-25 are 119-125).</summary>
    public const int Strength = 3;

    /// <summary>Dexterity.</summary>
    public const int Dexterity = 4;

    /// <summary>Constitution.</summary>
    public const int Constitution = 5;

    /// <summary>Intelligence.</summary>
    public const int Intelligence = 6;

    /// <summary>Wisdom.</summary>
    public const int Wisdom = 7;

    /// <summary>Charisma.</summary>
    public const int Charisma = 8;

    /// <summary>
    /// The in-game score (the game's <c>botl_score</c>). Debian's build never draws it (no SCORE_ON_BOTL), so it is
    /// derived as the game computes it: gold gained since the start, four points per experience point gained, 50 per
    /// level below the first of the deepest level reached (plus the game's bonus below level 20). Not seen: gold in
    /// containers, and experience bonuses that come without experience points (the Oracle's, a novel's).
    /// </summary>
    public const int Score = 9;

    /// <summary>Hit points.</summary>
    public const int HitPoints = 10;

    /// <summary>Maximum hit points.</summary>
    public const int MaxHitPoints = 11;

    /// <summary>Depth below the surface (the status line's <c>Dlvl:</c>).</summary>
    public const int Depth = 12;

    /// <summary>Gold carried.</summary>
    public const int Gold = 13;

    /// <summary>Energy (power).</summary>
    public const int Energy = 14;

    /// <summary>Maximum energy.</summary>
    public const int MaxEnergy = 15;

    /// <summary>Armor class.</summary>
    public const int ArmorClass = 16;

    /// <summary>Monster level while polymorphed (<c>HD:</c>); 0 otherwise.</summary>
    public const int HitDice = 17;

    /// <summary>Experience level (kept from before while polymorphed, when the status line shows HD instead).</summary>
    public const int ExperienceLevel = 18;

    /// <summary>Experience points (kept from before while polymorphed).</summary>
    public const int ExperiencePoints = 19;

    /// <summary>Game time in turns (<c>T:</c>).</summary>
    public const int Time = 20;

    /// <summary>Hunger state: 0 satiated, 1 not hungry, 2 hungry, 3 weak, 4 fainting, 5 fainted, 6 starved.</summary>
    public const int HungerState = 21;

    /// <summary>Encumbrance: 0 none, 1 burdened, 2 stressed, 3 strained, 4 overtaxed, 5 overloaded.</summary>
    public const int Encumbrance = 22;

    /// <summary>
    /// Dungeon number. The status line names only the Quest (<c>Home n</c>: 3), Fort Ludios (5) and the Elemental
    /// Planes (7); the Gnomish Mines, Sokoban, Gehennom and Vlad's Tower show a plain depth, which reads as 0 (the
    /// Dungeons of Doom): the stock binary does not show the branch there.
    /// </summary>
    public const int DungeonNumber = 23;

    /// <summary>Level within the dungeon: the depth, or <c>n</c> of the Quest's <c>Home n</c> (see <see cref="DungeonNumber"/>).</summary>
    public const int DungeonLevel = 24;

    /// <summary>
    /// Conditions as NLE's bit mask: stone 0x1, slime 0x2, strangled 0x4, food poisoning 0x8, terminal illness 0x10,
    /// blind 0x20, deaf 0x40, stunned 0x80, confused 0x100, hallucinating 0x200, levitating 0x400, flying 0x800,
    /// riding 0x1000.
    /// </summary>
    public const int Condition = 25;

    /// <summary>Alignment: 1 lawful, 0 neutral, -1 chaotic.</summary>
    public const int Alignment = 26;
}
