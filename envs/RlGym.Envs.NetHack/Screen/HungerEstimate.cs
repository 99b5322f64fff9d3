namespace RlGym.Envs.NetHack.Screen;

/// <summary>
/// An estimate of NetHack's nutrition counter (<c>u.uhunger</c>, NLE's <c>internal[7]</c>), which the screen never
/// shows. It starts at the game's 900, loses one a turn (the base rate; rings, regeneration and the like are not
/// seen), gains the known nutrition of a comestible when a message says one was eaten, and is pulled into the range
/// the status line's hunger state allows (satiated above 1000, not hungry 151-1000, hungry 51-150, weak 1-50,
/// fainting 0 or less) whenever it strays out of it.
/// </summary>
internal static class HungerEstimate
{
    /// <summary>The counter a new game starts with.</summary>
    public const long Start = 900;

    // Foods eaten over several turns end with "You finish eating the ..."; the others say "This ... is delicious!".
    private static readonly (string Name, int Nutrition)[] MealFoods =
    [
        ("huge chunk of meat", 2000), ("food ration", 800), ("lembas wafer", 800), ("cram ration", 600),
        ("tripe ration", 200), ("pancake", 200),
    ];

    private static readonly (string Name, int Nutrition)[] BiteFoods =
    [
        ("K-ration", 400), ("C-ration", 300), ("lump of royal jelly", 200), ("melon", 100), ("candy bar", 100),
        ("cream pie", 100), ("orange", 80), ("banana", 80), ("slime mold", 80), ("egg", 80), ("apple", 50), ("pear", 50),
        ("carrot", 50), ("fortune cookie", 40), ("clove of garlic", 40), ("sprig of wolfsbane", 40), ("kelp frond", 30),
        ("eucalyptus leaf", 30), ("meatball", 5), ("meat stick", 5), ("meat ring", 5),
    ];

    /// <summary>The next estimate after <paramref name="turns"/> turns, the message shown and the hunger state shown.</summary>
    public static long Next(long estimate, long turns, ReadOnlySpan<char> message, long hungerState)
    {
        estimate -= Math.Max(0, turns);
        estimate += Eaten(message);
        var (low, high) = hungerState switch
        {
            0 => (1001L, long.MaxValue),
            1 => (151L, 1000L),
            2 => (51L, 150L),
            3 => (1L, 50L),
            _ => (long.MinValue, 0L),
        };
        return Math.Clamp(estimate, low, high);
    }

    /// <summary>The nutrition a message says was eaten ("You finish eating the food ration.", "This apple is delicious!").</summary>
    public static int Eaten(ReadOnlySpan<char> message)
    {
        if (message.Length == 0 || (!message.Contains("eating", StringComparison.Ordinal) && !message.Contains("This ", StringComparison.Ordinal)))
        {
            return 0;
        }
        foreach (var (name, nutrition) in MealFoods)
        {
            if (Follows(message, "finish eating the ", name, ""))
            {
                return nutrition;
            }
        }
        foreach (var (name, nutrition) in BiteFoods)
        {
            if (Follows(message, "This ", name, " is"))
            {
                return nutrition;
            }
        }
        return 0;
    }

    /// <summary>True when <paramref name="message"/> contains <paramref name="before"/>, <paramref name="name"/> and <paramref name="after"/> one after another (without building the joined text).</summary>
    private static bool Follows(ReadOnlySpan<char> message, string before, string name, string after)
    {
        for (int at = message.IndexOf(before, StringComparison.Ordinal); at >= 0;)
        {
            var rest = message[(at + before.Length)..];
            if (rest.StartsWith(name, StringComparison.Ordinal) && rest[name.Length..].StartsWith(after, StringComparison.Ordinal))
            {
                return true;
            }
            int next = rest.IndexOf(before, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + before.Length + next;
        }
        return false;
    }
}
