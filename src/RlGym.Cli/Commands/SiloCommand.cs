using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Cluster;
using RlGym.Cli.Hosting;
using RlGym.Cluster.Hosting;
using RlGym.Core.Agents;
using RlGym.Core.Registry;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym silo [--cluster NAME] [--redis HOST:PORT] [--plugins DIR] [--port P] [--gateway-port G]</c>: starts an
/// Orleans silo that hosts arena match workers and PPO rollout workers for every environment and agent this process
/// registers (built-ins and plugins). Loopback unless <c>--address</c> is given (which needs Redis and a TLS certificate). Prints a ready
/// line, then one line per arena block played; stops on Ctrl+C or SIGTERM.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CommandRunner runner)
    {
        var cluster = new ClusterOptions();
        var port = CommonOptions.Count("--port", ClusterSettings.DefaultSiloPort, "The silo-to-silo port", "PORT", 65535);
        var primary = CommonOptions.OptionalCount("--primary", 65535, "Without --redis: the silo port of the cluster's first silo, to join it (omit on the first silo)", "PORT");
        var address = new Option<string?>("--address") { Description = "Listen on and advertise this address instead of loopback (a cluster across machines: needs --redis and --tls-certificate)", HelpName = "IP" };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print a line per arena block played" };
        var dashboard = CommonOptions.OptionalCount("--dashboard-port", 65535, "Serve the Orleans Dashboard (silos, grains, calls) on http://127.0.0.1:PORT/ (loopback only)", "PORT");
        var command = new Command("silo", "Start a silo of an Orleans cluster that plays arena blocks (rlgym arena --cluster NAME) and steps PPO rollouts (rlgym train ppo --cluster NAME)") { port, primary, address, quiet, dashboard };
        cluster.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = cluster.Read(parsed, parsed.GetValue(cluster.Name)) with
            {
                SiloPort = parsed.GetValue(port),
                PrimarySiloPort = parsed.GetValue(primary),
                Address = ClusterOptions.ParseAddress(parsed.GetValue(address)),
                DashboardPort = parsed.GetValue(dashboard),
            };
            bool verbose = !parsed.GetValue(quiet);
            return runner.RunAsync("silo", parsed, cancellationToken, (services, token) => RunAsync(runner.Context, services, settings, verbose, token));
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IServiceProvider services, ClusterSettings settings, bool verbose, CancellationToken cancellationToken)
    {
        var registries = new WorkerRegistries(services.GetRequiredService<EnvRegistry>(), services.GetRequiredService<AgentRegistry>());
        using var silo = SiloHosting.Build(settings, registries, ClusterOptions.Logging(services));
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
        var output = TextWriter.Synchronized(context.Out);
        if (verbose)
        {
            silo.Services.GetRequiredService<WorkerCounters>().BlockPlayed += (run, block, total) =>
            {
                output.WriteLine(ClusterOptions.Format($"rlgym silo: played arena block {block} of run {run} ({total} on this silo)"));
                output.Flush();
            };
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        await silo.StartAsync(stop.Token).ConfigureAwait(false);
        string membership = settings.Redis is null ? "localhost clustering" : $"Redis {settings.Redis}";
        log.LogInformation("Silo of cluster {Cluster} listening on {Address}:{Port} (gateway {Gateway}), membership by {Membership}",
            settings.Name, settings.Address, settings.SiloPort, settings.GatewayPort, membership);
        output.WriteLine(ClusterOptions.Format(
            $"rlgym silo: cluster {settings.Name}, silo {settings.Address}:{settings.SiloPort}, gateway {settings.Address}:{settings.GatewayPort}, membership by {membership}{(settings.Certificate is null ? "" : ", TLS")}{(settings.DashboardPort is { } d ? $", dashboard http://127.0.0.1:{d}/" : "")}: ready"));
        output.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("rlgym silo: stopping").ConfigureAwait(false);
        }
        await silo.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
