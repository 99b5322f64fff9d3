namespace RlGym.Envs.Doom.Maps;

/// <summary>The symbols of map files.</summary>
internal static class MapSymbols
{
    public const char Floor = '.';
    public const char Wall = '#';
    public const char Comment = ';';
    public const char RandomStart = '@';

    /// <summary>The legend printed in error messages.</summary>
    public const string Legend =
        "'#' or '1'-'9' wall, '.' floor, '>' '<' '^' 'v' player start facing east/west/north/south, '@' start facing anywhere, " +
        "'C' cacodemon, 'D' demon, 'Z' zombieman, 'S' shotgun guy, 'G' chaingun guy, 'M' chainsaw marine, 'I' imp, 'c' 'd' 'z' 's' 'g' 'm' 'i' their spawn cells, '+' medkit, '*' ammo clip, 'V' green armor (goal)";

    /// <summary>The wall texture of a symbol (1 to 9), or 0 when it is not a wall.</summary>
    public static byte WallTexture(char symbol) => symbol switch
    {
        Wall => 1,
        >= '1' and <= '9' => (byte)(symbol - '0'),
        _ => 0,
    };

    /// <summary>The facing of a start symbol in degrees; false when it is not a start (the random start gives null).</summary>
    public static bool TryStart(char symbol, out double? facing)
    {
        facing = symbol switch
        {
            '>' => 0,
            '^' => 90,
            '<' => 180,
            'v' => 270,
            _ => null,
        };
        return facing is not null || symbol == RandomStart;
    }

    /// <summary>The object a symbol places, if it places one.</summary>
    public static bool TryPlacement(char symbol, out DoomObjectKind kind)
    {
        (bool found, kind) = symbol switch
        {
            'C' => (true, DoomObjectKind.Cacodemon),
            'D' => (true, DoomObjectKind.Demon),
            'Z' => (true, DoomObjectKind.Zombieman),
            'S' => (true, DoomObjectKind.ShotgunGuy),
            'G' => (true, DoomObjectKind.ChaingunGuy),
            'M' => (true, DoomObjectKind.ChainsawMarine),
            'I' => (true, DoomObjectKind.Imp),
            '+' => (true, DoomObjectKind.Medkit),
            '*' => (true, DoomObjectKind.AmmoClip),
            'V' => (true, DoomObjectKind.GreenArmor),
            _ => (false, default),
        };
        return found;
    }

    /// <summary>The monster kind whose spawn cell a symbol marks, if it marks one.</summary>
    public static bool TrySpawnCell(char symbol, out DoomObjectKind kind)
    {
        (bool found, kind) = symbol switch
        {
            'c' => (true, DoomObjectKind.Cacodemon),
            'd' => (true, DoomObjectKind.Demon),
            'z' => (true, DoomObjectKind.Zombieman),
            's' => (true, DoomObjectKind.ShotgunGuy),
            'g' => (true, DoomObjectKind.ChaingunGuy),
            'm' => (true, DoomObjectKind.ChainsawMarine),
            'i' => (true, DoomObjectKind.Imp),
            _ => (false, default),
        };
        return found;
    }
}
