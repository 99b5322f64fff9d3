using System.IO.Hashing;
using System.Text;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace RlGym.Cluster.Placement;

/// <summary>Places grains by <see cref="SiloPinnedPlacement"/>.</summary>
internal sealed class SiloPinnedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        string key = target.GrainIdentity.Key.ToString();
        if (SiloPinnedPlacement.SiloOf(key) is { } wanted && silos.Contains(wanted))
        {
            return Task.FromResult(wanted);
        }
        // The named silo is gone (or none is named): spread by the key's hash over the silos there are, in a fixed order.
        var ordered = silos.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        ulong hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return Task.FromResult(ordered[(int)(hash % (ulong)ordered.Length)]);
    }
}
