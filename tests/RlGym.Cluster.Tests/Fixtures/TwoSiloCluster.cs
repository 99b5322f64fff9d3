using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using RlGym.Cluster.Hosting;
using Xunit;

namespace RlGym.Cluster.Tests.Fixtures;

/// <summary>An in-process Orleans test cluster of two rlgym silos (cat-and-mouse registered), shared by a test class.</summary>
public sealed class TwoSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(2).AddSiloBuilderConfigurator<WorkerSilo>().AddClientBuilderConfigurator<QuickClient>().Build();

    public IClusterClient Client => Cluster.Client;

    /// <summary>The counters of an in-process silo.</summary>
    public static WorkerCounters Counters(SiloHandle silo) => ((InProcessSiloHandle)silo).SiloHost.Services.GetRequiredService<WorkerCounters>();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    // A call whose answer died with its silo is given up after 5 s (as rlgym arena --call-timeout 5 does).
    private sealed class QuickClient : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<Orleans.Configuration.ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));
    }

    private sealed class WorkerSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            SiloHosting.ConfigureWorkers(siloBuilder, CatMouseRegistries.Create());
            SiloHosting.DetectFailuresQuickly(siloBuilder);
        }
    }
}
