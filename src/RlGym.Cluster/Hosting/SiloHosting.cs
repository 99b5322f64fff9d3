using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Runtime.Placement;
using RlGym.Cluster.Placement;
using StackExchange.Redis;

namespace RlGym.Cluster.Hosting;

/// <summary>
/// Builds the host of an rlgym silo: membership (Redis, or localhost clustering), endpoints on
/// <see cref="ClusterSettings.Address"/> (loopback unless configured), TLS when a certificate is given, failure
/// detection tuned to notice a dead silo within seconds, and the workers' registries and counters.
/// </summary>
public static class SiloHosting
{
    /// <summary>Builds (does not start) a silo host for <paramref name="settings"/>; <paramref name="configureServices"/> adds logging and the like.</summary>
    /// <exception cref="Core.UserInputException">When a setting is bad.</exception>
    public static IHost Build(ClusterSettings settings, WorkerRegistries registries, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(registries);
        settings.Validate();
        if (settings.DashboardPort is not { } dashboardPort)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ApplicationName = "rlgym-silo" });
            configureServices?.Invoke(builder.Services);
            builder.UseOrleans(silo => Configure(silo, settings, registries));
            return builder.Build();
        }
        // With a dashboard the silo is a web application: Kestrel serves the dashboard on loopback only.
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "rlgym-silo" });
        web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, dashboardPort));
        configureServices?.Invoke(web.Services);
        web.UseOrleans(silo =>
        {
            Configure(silo, settings, registries);
            silo.AddDashboard();
        });
        var app = web.Build();
        app.MapOrleansDashboard();
        return app;
    }

    /// <summary>Configures <paramref name="silo"/> as an rlgym silo (also used by in-process test clusters).</summary>
    public static void Configure(ISiloBuilder silo, ClusterSettings settings, WorkerRegistries registries)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        ConfigureWorkers(silo, registries);
        if (settings.Redis is { } redis)
        {
            silo.UseRedisClustering(options => options.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = settings.Name;
                options.ServiceId = ClusterSettings.ServiceId;
            });
            silo.Configure<EndpointOptions>(options =>
            {
                options.AdvertisedIPAddress = settings.Address;
                options.SiloPort = settings.SiloPort;
                options.GatewayPort = settings.GatewayPort;
                options.SiloListeningEndpoint = new IPEndPoint(settings.Address, settings.SiloPort);
                options.GatewayListeningEndpoint = new IPEndPoint(settings.Address, settings.GatewayPort);
            });
        }
        else
        {
            var primary = settings.PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;
            silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, primary, ClusterSettings.ServiceId, settings.Name);
        }
        if (settings.Certificate is not null)
        {
            var certificate = ClusterTls.Load(settings);
            silo.UseTls(certificate, options => ClusterTls.Configure(options, certificate));
        }
        DetectFailuresQuickly(silo);
    }

    /// <summary>
    /// Declares a silo that stops answering dead after two missed probes of one second (one vote suffices), so the work
    /// of a silo killed outright moves to the others within seconds rather than Orleans' default half-minute.
    /// </summary>
    public static void DetectFailuresQuickly(ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
    }

    /// <summary>Adds the workers, their placement and their services, without membership or endpoints.</summary>
    public static void ConfigureWorkers(ISiloBuilder silo, WorkerRegistries registries)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(registries);
        silo.Services.AddSingleton(registries);
        silo.Services.AddSingleton<WorkerCounters>();
        silo.Services.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
    }
}
