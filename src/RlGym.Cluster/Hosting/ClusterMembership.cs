using System.Collections.Concurrent;
using Orleans.Runtime;

namespace RlGym.Cluster.Hosting;

/// <summary>
/// Asks the cluster which silos are live, surviving the silo that answers dying (asked again with back-off), and tells
/// the failures of a call that mean its silo (or the gateway it went through) is gone.
/// </summary>
internal static class ClusterMembership
{
    // Membership is asked this many times before a run gives up on the cluster: the silo (or gateway) that answers for it
    // may be the one that just died, and the cluster needs a few seconds to declare it dead and answer from another.
    private const int MaxAttempts = 8;

    /// <summary>The live silos not in <paramref name="lost"/>, in address order.</summary>
    public static async Task<List<SiloAddress>> LiveSilos(IClusterClient client, ConcurrentDictionary<SiloAddress, bool> lost)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
                return [.. hosts.Keys.Where(s => !lost.ContainsKey(s)).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal)];
            }
            catch (Exception error) when (IsSiloLoss(error) && attempt < MaxAttempts)
            {
                // Back off (0.25 s, 0.5 s, ... up to 2 s) so that an answer refused at once is not asked again in a tight loop.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 250 << (attempt - 1)))).ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when <paramref name="error"/> says a call's silo or gateway is gone (or its answer was lost).</summary>
    public static bool IsSiloLoss(Exception error) =>
        error is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
        || (error is OrleansException && error.GetType().Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true);
}
