using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RlGym.Cli.Cluster;
using RlGym.Cli.Hosting;
using RlGym.Cluster.Hosting;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym cluster status [--cluster NAME] [--redis HOST:PORT]</c>: every live silo of the cluster with its workers,
/// the arena blocks, episodes and steps it has played, and its environment steps per second over the last minute.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CommandRunner runner)
    {
        var cluster = new ClusterOptions();
        var json = CommonOptions.Json();
        var status = new Command("status", "List the cluster's silos, their workers and throughput") { json };
        cluster.AddTo(status);
        status.SetAction((parsed, cancellationToken) =>
        {
            var settings = cluster.Read(parsed, parsed.GetValue(cluster.Name));
            bool asJson = parsed.GetValue(json);
            return runner.RunAsync("cluster status", parsed, cancellationToken, (services, token) => StatusAsync(runner.Context, services, settings, asJson, token));
        });
        return new Command("cluster", "Look at an Orleans cluster of rlgym silos") { status };
    }

    private static async Task<int> StatusAsync(CliContext context, IServiceProvider services, ClusterSettings settings, bool json, CancellationToken cancellationToken)
    {
        using var host = await ClusterClientHosting.ConnectAsync(settings, ClusterOptions.Logging(services), cancellationToken).ConfigureAwait(false);
        var reports = await ClusterStatus.ReadAsync(host.Services.GetRequiredService<IClusterClient>()).WaitAsync(cancellationToken).ConfigureAwait(false);
        await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        var o = context.Out;
        if (json)
        {
            await o.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new { cluster = settings.Name, silos = reports })).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        await o.WriteLineAsync(ClusterOptions.Format($"Cluster {settings.Name}: {reports.Count} live silo(s)")).ConfigureAwait(false);
        await o.WriteLineAsync("silo                          workers   uptime s   arena blocks     episodes    env steps   steps/s (last min)").ConfigureAwait(false);
        foreach (var r in reports)
        {
            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{r.Silo,-29} {r.Workers,7} {r.UptimeSeconds,10:0} {r.ArenaBlocks,14:N0} {r.Episodes,12:N0} {r.EnvironmentSteps,12:N0} {r.StepsPerSecondLastMinute,20:N0}")).ConfigureAwait(false);
        }
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"total: {reports.Sum(r => r.Workers)} worker(s), {reports.Sum(r => r.EnvironmentSteps):N0} env steps, {reports.Sum(r => r.StepsPerSecondLastMinute):N0} steps/s over the last minute")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
