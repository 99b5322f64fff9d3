using System.Globalization;

namespace RlGym.Cli.Output;

/// <summary>A count with its unit in the right number: "1 round", "2 rounds", "1,024 games".</summary>
internal static class Counted
{
    /// <summary><paramref name="count"/> with thousands separators, then <paramref name="units"/> (a plural ending in s) made singular for one.</summary>
    public static string Of(long count, string units) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 && units.EndsWith('s') ? units[..^1] : units)}");
}
