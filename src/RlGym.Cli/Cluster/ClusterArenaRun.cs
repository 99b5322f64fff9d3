using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RlGym.Cluster.Arena;
using RlGym.Cluster.Hosting;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Runner.Arena;

namespace RlGym.Cli.Cluster;

/// <summary>An arena run of <c>rlgym arena ... --cluster NAME</c>: connects a client, plays on the silos, disconnects.</summary>
internal static class ClusterArenaRun
{
    public static async Task<ArenaResult> RunAsync(
        IServiceProvider services, ClusterSettings settings, ArenaRequest request, Action<long> progress, CancellationToken cancellationToken)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("rlgym");
        using var host = await ClusterClientHosting.ConnectAsync(settings, ClusterOptions.Logging(services), cancellationToken).ConfigureAwait(false);
        try
        {
            var client = host.Services.GetRequiredService<IClusterClient>();
            return await ClusterArena.RunAsync(client, services.GetRequiredService<EnvRegistry>(), services.GetRequiredService<AgentRegistry>(),
                request, request.Threads, log, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
