namespace RlGym.Cluster.Hosting;

/// <summary>Reports one silo's workers; its key is the silo's address, and it lives on that silo.</summary>
[Alias("rlgym.ISiloReportGrain")]
public interface ISiloReportGrain : IGrainWithStringKey
{
    /// <summary>The silo's report.</summary>
    [Alias("Report")]
    Task<WorkerReport> Report();
}
