using FsCheck;
using FsCheck.Fluent;

namespace RlGym.Testing.Properties;

/// <summary>
/// FsCheck's generator and shrinker of <see cref="ActionScript"/>s. Shrinking removes chunks of steps (halves,
/// quarters, ..., single steps) before it tries small reset seeds (0 to 7, then the seed modulo 1000), so a failure ends at a sequence from which no
/// single step can be removed: for a bug that needs k particular actions, exactly those k.
/// </summary>
internal static class ActionScripts
{
    private static readonly Gen<ulong> Seeds =
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select ((ulong)(uint)hi << 32) | (uint)lo;

    private static readonly ulong[] SmallSeeds = [0, 1, 2, 3, 4, 5, 6, 7];

    /// <summary>Scripts of 1 to <paramref name="maxLength"/> steps (none when it is 0).</summary>
    public static Arbitrary<ActionScript> Arbitrary(int maxLength)
    {
        var scripts =
            from seed in Seeds
            from length in Gen.Choose(Math.Min(1, maxLength), maxLength)
            from actions in Seeds.ArrayOf(length)
            select new ActionScript(seed, actions);
        return Arb.From(scripts, Shrink);
    }

    /// <summary>Smaller scripts, most aggressive first.</summary>
    public static IEnumerable<ActionScript> Shrink(ActionScript script)
    {
        ulong[] steps = script.ActionSeeds;
        for (int chunk = steps.Length; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= steps.Length; start += chunk)
            {
                yield return script with { ActionSeeds = [.. steps[..start], .. steps[(start + chunk)..]] };
            }
        }
        foreach (ulong smaller in SmallSeeds.Append(script.ResetSeed % 1000).Distinct())
        {
            if (smaller < script.ResetSeed)
            {
                yield return script with { ResetSeed = smaller };
            }
        }
    }
}
