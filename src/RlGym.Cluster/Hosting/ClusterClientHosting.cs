using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using RlGym.Core;
using StackExchange.Redis;

namespace RlGym.Cluster.Hosting;

/// <summary>Connects a client (the process that owns a run) to a cluster.</summary>
public static class ClusterClientHosting
{
    /// <summary>
    /// Starts a client host connected to the cluster of <paramref name="settings"/> (its gateways from Redis, or the
    /// gateway port on loopback with localhost clustering).
    /// </summary>
    /// <exception cref="UserInputException">When no silo of the cluster answers.</exception>
    public static async Task<IHost> ConnectAsync(ClusterSettings settings, Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "rlgym-client" });
        configureServices?.Invoke(builder.Services);
        builder.UseOrleansClient(client =>
        {
            if (settings.Redis is { } redis)
            {
                client.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
                client.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = settings.Name;
                    options.ServiceId = ClusterSettings.ServiceId;
                });
            }
            else
            {
                client.UseLocalhostClustering(settings.GatewayPort, ClusterSettings.ServiceId, settings.Name);
            }
            if (settings.Certificate is not null)
            {
                var certificate = ClusterTls.Load(settings);
                client.UseTls(certificate, options => ClusterTls.Configure(options, certificate));
            }
            // A call whose answer is lost (its gateway died with it) is given up, and its work re-submitted, after this.
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = settings.CallTimeout);
        });
        var host = builder.Build();
        // Orleans keeps retrying gateways for minutes; a cluster that does not answer within the connect timeout is an error.
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(settings.ConnectTimeout);
        try
        {
            await host.StartAsync(connecting.Token).WaitAsync(settings.ConnectTimeout + TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            string where = settings.Redis is null ? $"a gateway on {IPAddress.Loopback}:{settings.GatewayPort}" : $"membership in Redis {settings.Redis}";
            throw new UserInputException($"Cannot reach cluster '{settings.Name}' through {where} ({error.Message}); start one with rlgym silo --cluster {settings.Name}.", error);
        }
        return host;
    }
}
