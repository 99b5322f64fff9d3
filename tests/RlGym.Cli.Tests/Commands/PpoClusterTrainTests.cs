using System.Net;
using System.Net.Sockets;
using RlGym.Agents.CatMouse.Agents;
using RlGym.Cli.Tests.Fixtures;
using RlGym.Cluster.Hosting;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Runner.Training;
using Xunit;

namespace RlGym.Cli.Tests.Commands;

/// <summary><c>rlgym train ppo --cluster NAME</c>: the rollouts run on a silo's workers and the run equals the local one; no silo is a one-line error.</summary>
public sealed class PpoClusterTrainTests : IDisposable
{
    private static readonly string[] Tiny = ["--env", "CatMouse-v0", "--steps", "256", "--envs", "4", "--rollout-length", "32", "--eval-episodes", "5", "--seed", "3", "--json"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ppo_over_a_silo_writes_the_metrics_of_the_local_run()
    {
        var settings = new ClusterSettings { Name = $"test{Guid.NewGuid():N}", SiloPort = FreePort(), GatewayPort = FreePort() };
        var environments = new EnvRegistry();
        var agents = new AgentRegistry();
        CatMouseEnvironments.Register(environments, agents);
        CatMouseAgents.Register(agents);
        using var silo = SiloHosting.Build(settings, new WorkerRegistries(environments, agents));
        await silo.StartAsync();
        try
        {
            string local = _folder["local"], clustered = _folder["cluster"];
            var localRun = await Rlgym.RunAsync(["train", "ppo", .. Tiny, "--out", local]);
            var clusterRun = await Rlgym.RunAsync(["train", "ppo", .. Tiny, "--out", clustered,
                "--cluster", settings.Name, "--gateway-port", $"{settings.GatewayPort}", "--cluster-workers", "2"]);

            Assert.True(localRun.ExitCode == 0, localRun.ToString());
            Assert.True(clusterRun.ExitCode == 0, clusterRun.ToString());
            string[] learned = ["policy_loss", "value_loss", "entropy", "approx_kl", "episode_return", "eval_return"];
            Assert.Equal(Learned(local, learned), Learned(clustered, learned));
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    [Fact]
    public async Task A_cluster_nobody_runs_is_one_line_and_exit_2()
    {
        string run = _folder["nobody"];
        var result = await Rlgym.RunAsync(["train", "ppo", .. Tiny, "--out", run, "--cluster", "nobody", "--gateway-port", $"{FreePort()}", "--connect-timeout", "1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cannot reach cluster 'nobody'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run, "policy.ckpt")));
    }

    private static (long, string, double)[] Learned(string run, string[] names) =>
        [.. CsvMetricsSink.Read(Path.Combine(run, "metrics.csv")).SelectMany(row => row.Values.Where(v => names.Contains(v.Name)).Select(v => (row.Step, v.Name, v.Value)))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
