using RlGym.Core;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Core.Registry;
using RlGym.Server.Hosting;
using RlGym.Server.Tensors;
using RlGym.Server.Worlds;

namespace RlGym.Server;

/// <summary>
/// Serves the environments of an <see cref="EnvRegistry"/> over gRPC in dm_env_rpc's protocol (Kestrel, HTTP/2 without
/// TLS): <c>rlgym serve</c> runs one. Start it with <see cref="StartAsync"/>; it listens until disposed.
/// </summary>
public sealed class EnvironmentServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServerStatistics _statistics;

    private EnvironmentServer(WebApplication app, ServerStatistics statistics, string address)
    {
        _app = app;
        _statistics = statistics;
        Address = address;
        statistics.Closed += () => WorldClosed?.Invoke();
    }

    /// <summary>Raised after a world is disposed because its stream ended or it was destroyed.</summary>
    public event Action? WorldClosed;

    /// <summary>Where clients connect: <c>unix:/path</c>, or <c>host:port</c>.</summary>
    public string Address { get; }

    /// <summary>The worlds open now, over every stream.</summary>
    public int OpenWorlds => _statistics.OpenWorlds;

    /// <summary>Starts listening; returns once clients can connect.</summary>
    /// <exception cref="ArgumentException">When the options are invalid, or the socket path is taken by something other than a socket.</exception>
    public static async Task<EnvironmentServer> StartAsync(EnvRegistry registry, EnvironmentServerOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        foreach (string id in options.Environments)
        {
            registry.Spec(id);
        }
        if (options.SocketPath is string socket)
        {
            PrepareSocket(socket);
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "rlgym-serve" });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        var statistics = new ServerStatistics();
        builder.Services.AddSingleton(statistics);
        builder.Services.AddSingleton(options);
        StructBounds? bounds = options.StructBounds is null ? null : space => options.StructBounds(space);
        builder.Services.AddSingleton(new WorldFactory(registry, bounds));
        builder.Services.AddRouting();
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = 256 * 1024 * 1024;
            grpc.MaxSendMessageSize = 256 * 1024 * 1024;
        });
        // Inline scheduling runs each request's continuation on the socket's own thread: one thread hop fewer per
        // round trip, which is most of a small step's latency. The handlers never block, so this is safe here.
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            void Http2(ListenOptions listen) => listen.Protocols = HttpProtocols.Http2;
            if (options.SocketPath is string path)
            {
                kestrel.ListenUnixSocket(path, Http2);
            }
            else
            {
                kestrel.Listen(options.ListenAddress ?? IPAddress.Loopback, options.Port ?? EnvironmentServerOptions.DefaultPort, Http2);
            }
        });
        var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<EnvironmentService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = options.SocketPath is string bound
            ? "unix:" + Path.GetFullPath(bound)
            : app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("http://", "", StringComparison.Ordinal);
        return new EnvironmentServer(app, statistics, address);
    }

    /// <summary>Stops listening and ends every stream (their worlds are disposed).</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void PrepareSocket(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return;
        }
        if (Directory.Exists(path) || !IsSocket(path))
        {
            throw new UserInputException($"Socket path '{path}' is taken by a file or folder that is not a socket; expected a new path or a stale socket.");
        }
        File.Delete(path);
    }

    private static bool IsSocket(string path)
    {
        try
        {
            using var probe = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            probe.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(path));
            throw new UserInputException($"Socket path '{path}' is in use by a running server; stop it or choose another path.");
        }
        catch (System.Net.Sockets.SocketException error) when (error.SocketErrorCode is System.Net.Sockets.SocketError.ConnectionRefused)
        {
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
