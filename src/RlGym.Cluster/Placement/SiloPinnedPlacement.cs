using Orleans.Runtime;

namespace RlGym.Cluster.Placement;

/// <summary>
/// Places a grain whose string key reads <c>ANY/SILO[/...]</c> on silo SILO (a parsable silo address) while that silo
/// is alive, and on a silo chosen from the key's hash otherwise, so the client decides how work spreads over silos
/// and work whose silo died moves to the survivors.
/// </summary>
[GenerateSerializer, Immutable, SuppressReferenceTracking, Alias("rlgym.SiloPinnedPlacement")]
public sealed class SiloPinnedPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static SiloPinnedPlacement Instance { get; } = new();

    /// <summary>The key of a grain pinned to <paramref name="silo"/>: <c>PREFIX/SILO/SUFFIX</c>.</summary>
    public static string Key(string prefix, SiloAddress silo, string suffix)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return $"{prefix}/{silo.ToParsableString()}/{suffix}";
    }

    /// <summary>The silo named in <paramref name="key"/>, or null when it names none.</summary>
    public static SiloAddress? SiloOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        string[] parts = key.Split('/');
        if (parts.Length < 2)
        {
            return null;
        }
        try
        {
            return SiloAddress.FromParsableString(parts[1]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
