namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// Reads NLE's <c>blstats</c> from the tty status lines (rows 22 and 23), such as
/// <c>Agent the Candidate  St:18/02 Dx:13 Co:7 In:10 Wi:13 Ch:12 Neutral S:0</c> and
/// <c>Dlvl:1 $:0 HP:14(14) Pw:5(5) AC:4 Xp:1/0 T:1 Hungry Burdened Conf</c>. Fields a line does not show keep
/// their previous value; words that are not fields (the name and title) are skipped. Allocation-free.
/// </summary>
internal static class StatusParser
{
    private const int FirstLine = 22;
    private const int SecondLine = 23;

    private static readonly (string Word, int Value)[] HungerWords =
        [("Satiated", 0), ("Hungry", 2), ("Weak", 3), ("Fainting", 4), ("Fainted", 5), ("Starved", 6)];

    private static readonly (string Word, int Value)[] EncumbranceWords =
        [("Burdened", 1), ("Stressed", 2), ("Strained", 3), ("Overtaxed", 4), ("Overloaded", 5)];

    private static readonly (string Word, int Bit)[] ConditionWords =
    [
        ("Stone", 0x1), ("Slime", 0x2), ("Strngl", 0x4), ("FoodPois", 0x8), ("TermIll", 0x10), ("Blind", 0x20),
        ("Deaf", 0x40), ("Stun", 0x80), ("Conf", 0x100), ("Hallu", 0x200), ("Lev", 0x400), ("Fly", 0x800), ("Ride", 0x1000),
    ];

    /// <summary>
    /// Updates <paramref name="blstats"/> from the status lines of <paramref name="screen"/>. Returns false (changing
    /// nothing) when the bottom lines are not status lines (before the game starts, under a full-screen window).
    /// <paramref name="scoreShown"/> says whether the first line showed the score (<c>S:</c>, which Debian's build
    /// never draws: it lacks SCORE_ON_BOTL).
    /// </summary>
    public static bool TryRead(ScreenBuffer screen, Span<long> blstats, out bool scoreShown)
    {
        scoreShown = false;
        var first = screen.Row(FirstLine);
        var second = screen.Row(SecondLine);
        if (first.IndexOf("St:"u8) < 0 || (second.IndexOf("Dlvl:"u8) < 0 && second.IndexOf("HP:"u8) < 0))
        {
            return false;
        }
        scoreShown = ReadFirst(first, blstats);
        ReadSecond(second, blstats);
        return true;
    }

    private static bool ReadFirst(ReadOnlySpan<byte> line, Span<long> blstats)
    {
        bool scoreShown = false;
        int start = line.IndexOf("St:"u8);
        foreach (var token in new Tokens(line[start..]))
        {
            if (Field(token, "St:"u8, out var st))
            {
                ReadStrength(st, blstats);
            }
            else if (Field(token, "Dx:"u8, out var v))
            {
                Store(v, blstats, Blstats.Dexterity);
            }
            else if (Field(token, "Co:"u8, out v))
            {
                Store(v, blstats, Blstats.Constitution);
            }
            else if (Field(token, "In:"u8, out v))
            {
                Store(v, blstats, Blstats.Intelligence);
            }
            else if (Field(token, "Wi:"u8, out v))
            {
                Store(v, blstats, Blstats.Wisdom);
            }
            else if (Field(token, "Ch:"u8, out v))
            {
                Store(v, blstats, Blstats.Charisma);
            }
            else if (Field(token, "S:"u8, out v))
            {
                Store(v, blstats, Blstats.Score);
                scoreShown = true;
            }
            else if (token.SequenceEqual("Lawful"u8))
            {
                blstats[Blstats.Alignment] = 1;
            }
            else if (token.SequenceEqual("Neutral"u8))
            {
                blstats[Blstats.Alignment] = 0;
            }
            else if (token.SequenceEqual("Chaotic"u8))
            {
                blstats[Blstats.Alignment] = -1;
            }
        }
        return scoreShown;
    }

    private static void ReadSecond(ReadOnlySpan<byte> line, Span<long> blstats)
    {
        long hunger = 1, encumbrance = 0, condition = 0;
        bool polymorphed = false, home = false;
        foreach (var token in new Tokens(line))
        {
            if (home)
            {
                home = false;
                if (TryNumber(token, out long level))
                {
                    blstats[Blstats.DungeonNumber] = 3;
                    blstats[Blstats.DungeonLevel] = level;
                }
                continue;
            }
            if (Field(token, "Dlvl:"u8, out var v))
            {
                if (TryNumber(v, out long depth))
                {
                    blstats[Blstats.Depth] = depth;
                    blstats[Blstats.DungeonNumber] = 0;
                    blstats[Blstats.DungeonLevel] = depth;
                }
            }
            else if (token.SequenceEqual("Home"u8))
            {
                home = true;
            }
            else if (token.SequenceEqual("Ludios"u8))
            {
                blstats[Blstats.DungeonNumber] = 5;
            }
            else if (token.SequenceEqual("Plane"u8) || token.SequenceEqual("Astral"u8) || token.SequenceEqual("End"u8))
            {
                blstats[Blstats.DungeonNumber] = 7;
            }
            else if (Field(token, "$:"u8, out v))
            {
                Store(v, blstats, Blstats.Gold);
            }
            else if (Field(token, "HP:"u8, out v))
            {
                Pair(v, blstats, Blstats.HitPoints, Blstats.MaxHitPoints);
            }
            else if (Field(token, "Pw:"u8, out v))
            {
                Pair(v, blstats, Blstats.Energy, Blstats.MaxEnergy);
            }
            else if (Field(token, "AC:"u8, out v))
            {
                Store(v, blstats, Blstats.ArmorClass);
            }
            else if (Field(token, "Xp:"u8, out v))
            {
                int slash = v.IndexOf((byte)'/');
                Store(slash < 0 ? v : v[..slash], blstats, Blstats.ExperienceLevel);
                if (slash >= 0)
                {
                    Store(v[(slash + 1)..], blstats, Blstats.ExperiencePoints);
                }
            }
            else if (Field(token, "HD:"u8, out v))
            {
                Store(v, blstats, Blstats.HitDice);
                polymorphed = true;
            }
            else if (Field(token, "T:"u8, out v))
            {
                Store(v, blstats, Blstats.Time);
            }
            else if (Word(token, HungerWords, out int value))
            {
                hunger = value;
            }
            else if (Word(token, EncumbranceWords, out value))
            {
                encumbrance = value;
            }
            else if (Word(token, ConditionWords, out value))
            {
                condition |= (long)value;
            }
        }
        if (!polymorphed)
        {
            blstats[Blstats.HitDice] = 0;
        }
        blstats[Blstats.HungerState] = hunger;
        blstats[Blstats.Encumbrance] = encumbrance;
        blstats[Blstats.Condition] = condition;
    }

    private static void ReadStrength(ReadOnlySpan<byte> value, Span<long> blstats)
    {
        int slash = value.IndexOf((byte)'/');
        if (slash < 0)
        {
            if (TryNumber(value, out long st))
            {
                long stored = st <= 18 ? st : 100 + st;
                blstats[Blstats.Strength] = stored;
                blstats[Blstats.StrengthPercentage] = st;
            }
            return;
        }
        var extra = value[(slash + 1)..];
        long percent = extra.SequenceEqual("**"u8) ? 100 : TryNumber(extra, out long p) ? p : 0;
        long raw = 18 + percent;
        blstats[Blstats.Strength] = raw;
        blstats[Blstats.StrengthPercentage] = raw <= 121 ? 19 + raw / 50 : raw - 100;
    }

    private static void Pair(ReadOnlySpan<byte> value, Span<long> blstats, int current, int maximum)
    {
        int open = value.IndexOf((byte)'(');
        if (open < 0 || value[^1] != (byte)')')
        {
            Store(value, blstats, current);
            return;
        }
        Store(value[..open], blstats, current);
        Store(value[(open + 1)..^1], blstats, maximum);
    }

    private static bool Field(ReadOnlySpan<byte> token, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        if (token.StartsWith(name))
        {
            value = token[name.Length..];
            return true;
        }
        value = default;
        return false;
    }

    private static bool Word(ReadOnlySpan<byte> token, (string Word, int Value)[] words, out int value)
    {
        foreach (var (word, v) in words)
        {
            if (Matches(token, word))
            {
                value = v;
                return true;
            }
        }
        value = 0;
        return false;
    }

    private static bool Matches(ReadOnlySpan<byte> token, string word)
    {
        if (token.Length != word.Length)
        {
            return false;
        }
        for (int i = 0; i < token.Length; i++)
        {
            if (token[i] != word[i])
            {
                return false;
            }
        }
        return true;
    }

    private static void Store(ReadOnlySpan<byte> value, Span<long> blstats, int index)
    {
        if (TryNumber(value, out long number))
        {
            blstats[index] = number;
        }
    }

    private static bool TryNumber(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = negative ? text[1..] : text;
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = value * 10 + (b - '0');
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    /// <summary>Space-separated tokens of a line.</summary>
    private ref struct Tokens(ReadOnlySpan<byte> line)
    {
        private ReadOnlySpan<byte> _rest = line;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly Tokens GetEnumerator() => this;

        public bool MoveNext()
        {
            _rest = _rest.TrimStart((byte)' ');
            if (_rest.IsEmpty)
            {
                return false;
            }
            int end = _rest.IndexOf((byte)' ');
            Current = end < 0 ? _rest : _rest[..end];
            _rest = end < 0 ? default : _rest[end..];
            return true;
        }
    }
}
