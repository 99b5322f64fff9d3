namespace RlGym.Core;

/// <summary>Finds the names closest to a misspelt one, for error messages that say what was meant.</summary>
public static class Suggest
{
    /// <summary>The candidate with the smallest edit distance to <paramref name="input"/>, if any is reasonably close.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates) => Closest(input, candidates, 1).FirstOrDefault();

    /// <summary>Up to <paramref name="count"/> candidates ordered by edit distance (case-insensitive), excluding far ones.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(input);
        return candidates
            .Select(c => (Name: c, Distance: Distance(input.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(3, x.Name.Length / 2) || x.Name.Contains(input, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Name)
            .ToList();
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
