using Microsoft.Extensions.Hosting;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Tests.Fixtures;
using Xunit;

namespace RlGym.Cluster.Tests.Hosting;

/// <summary>A silo started as rlgym silo starts it serves its dashboard on loopback and reports itself.</summary>
public sealed class SiloHostingTests
{
    [Fact]
    public async Task A_silo_with_a_dashboard_port_serves_the_dashboard_on_loopback_and_reports_its_workers()
    {
        var settings = new ClusterSettings
        {
            Name = $"test{Guid.NewGuid():N}",
            SiloPort = ChildProcess.FreePort(),
            GatewayPort = ChildProcess.FreePort(),
            DashboardPort = ChildProcess.FreePort(),
        };
        using var silo = SiloHosting.Build(settings, CatMouseRegistries.Create());
        await silo.StartAsync();
        try
        {
            using var http = new HttpClient();
            string page = await http.GetStringAsync(new Uri($"http://127.0.0.1:{settings.DashboardPort}/"));
            Assert.Contains("<title>Orleans Dashboard</title>", page, StringComparison.Ordinal);

            using var client = await ClusterClientHosting.ConnectAsync(settings);
            var reports = await ClusterStatus.ReadAsync(client.Services.GetService(typeof(IClusterClient)) as IClusterClient ?? throw new InvalidOperationException());
            var report = Assert.Single(reports);
            Assert.Contains($"127.0.0.1:{settings.SiloPort}", report.Silo, StringComparison.Ordinal);
            Assert.Equal(0, report.ArenaBlocks);
            await client.StopAsync();
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    [Fact]
    public async Task A_client_of_a_cluster_nobody_runs_gets_a_one_line_user_error()
    {
        var settings = new ClusterSettings { Name = "nobody", GatewayPort = ChildProcess.FreePort(), ConnectTimeout = TimeSpan.FromSeconds(2) };
        var error = await Assert.ThrowsAsync<Core.UserInputException>(() => ClusterClientHosting.ConnectAsync(settings));
        Assert.Contains("rlgym silo --cluster nobody", error.Message, StringComparison.Ordinal);
    }
}
