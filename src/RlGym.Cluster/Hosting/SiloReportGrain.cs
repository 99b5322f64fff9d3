using Orleans.Runtime;
using RlGym.Cluster.Arena;
using RlGym.Cluster.Placement;
using RlGym.Cluster.Rollouts;

namespace RlGym.Cluster.Hosting;

/// <summary>Counts the silo's worker activations and reads its <see cref="WorkerCounters"/>.</summary>
[SiloPinnedPlacement]
internal sealed class SiloReportGrain(WorkerCounters counters, ILocalSiloDetails silo, IGrainFactory grains) : Grain, ISiloReportGrain
{
    public async Task<WorkerReport> Report()
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics([silo.SiloAddress]).ConfigureAwait(true);
        int workers = statistics.Where(s => s.GrainType.Contains(nameof(ArenaWorkerGrain), StringComparison.Ordinal) || s.GrainType.Contains(nameof(RolloutWorkerGrain), StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);
        return counters.Report(silo.SiloAddress.ToParsableString(), workers);
    }
}
