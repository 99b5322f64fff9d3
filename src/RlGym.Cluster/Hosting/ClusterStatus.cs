using Orleans.Runtime;
using RlGym.Cluster.Placement;

namespace RlGym.Cluster.Hosting;

/// <summary>Reads every live silo's <see cref="WorkerReport"/>.</summary>
public static class ClusterStatus
{
    /// <summary>One report per live silo, in address order.</summary>
    public static async Task<IReadOnlyList<WorkerReport>> ReadAsync(IClusterClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        var silos = hosts.Keys.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        var reports = await Task.WhenAll(silos.Select(s => client.GetGrain<ISiloReportGrain>(SiloPinnedPlacement.Key("report", s, "0")).Report())).ConfigureAwait(false);
        return reports;
    }
}
