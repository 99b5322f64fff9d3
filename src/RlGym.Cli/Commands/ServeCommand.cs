using RlGym.Core;
using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Hosting;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Server;

namespace RlGym.Cli.Commands;

/// <summary>
/// <c>rlgym serve ENV_OR_ALL</c>: hosts registered environments (plugins included) over gRPC in dm_env_rpc's protocol on
/// a loopback port (default 50051) or a Unix socket. Listening elsewhere needs <c>--listen ADDRESS</c> and a token.
/// Prints one line "rlgym serve: listening on ADDRESS" once clients can connect; stops on Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The environment variable that may carry the token instead of <c>--token</c>.</summary>
    public const string TokenVariable = "RLGYM_SERVE_TOKEN";

    public static Command Create(CommandRunner runner)
    {
        var environment = new Argument<string>("ENV_OR_ALL") { Description = "The environment id to host (such as CatMouse-v0), or 'all' for every registered one" };
        var port = new Option<int?>("--port") { Description = $"A loopback TCP port to listen on (default {EnvironmentServerOptions.DefaultPort}; 0 picks a free one)", HelpName = "P" };
        var socket = new Option<string?>("--socket") { Description = "A Unix domain socket path to listen on instead of a port", HelpName = "PATH" };
        var listen = new Option<string?>("--listen") { Description = "Listen on this address instead of loopback (needs --token or $" + TokenVariable + "); the traffic is not encrypted", HelpName = "ADDRESS" };
        var token = new Option<string?>("--token") { Description = "A secret every call must carry as 'authorization: Bearer TOKEN'", HelpName = "TOKEN" };
        var command = new Command("serve", "Host environments for remote clients (dm_env_rpc over gRPC; the Python package in python/ speaks it)")
        {
            environment, port, socket, listen, token,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            string id = parsed.GetRequiredValue(environment);
            string? address = parsed.GetValue(listen);
            string? secret = parsed.GetValue(token) ?? System.Environment.GetEnvironmentVariable(TokenVariable);
            int? portNumber = parsed.GetValue(port);
            string? socketPath = parsed.GetValue(socket);
            return runner.RunAsync("serve", parsed, cancellationToken, (services, token) => ServeAsync(runner.Context, services, id, portNumber, socketPath, address, secret, token));
        });
        return command;
    }

    private static async Task<int> ServeAsync(
        CliContext context, IServiceProvider services, string id, int? port, string? socket, string? listen, string? token, CancellationToken cancellationToken)
    {
        IPAddress? address = null;
        if (listen is not null && !IPAddress.TryParse(listen, out address))
        {
            throw new UserInputException($"Option '--listen' is '{listen}'; expected an IP address such as 0.0.0.0 or 192.168.1.5.");
        }
        if (listen is not null && port is null)
        {
            throw new UserInputException("Option '--listen' needs '--port' too.");
        }
        var registry = services.GetRequiredService<EnvRegistry>();
        var options = new EnvironmentServerOptions
        {
            Environments = id.Equals("all", StringComparison.OrdinalIgnoreCase) ? [] : [id],
            Port = port ?? (socket is null ? EnvironmentServerOptions.DefaultPort : null),
            SocketPath = socket,
            ListenAddress = address,
            Token = token,
            StructBounds = space => space is CatMouseObservationSpace ? (0.0, 1.0) : null,
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        var loggers = services.GetRequiredService<ILoggerFactory>();
        await using var server = await EnvironmentServer.StartAsync(registry, options, loggers, stop.Token).ConfigureAwait(false);
        string hosted = options.Environments.Count == 0 ? $"all {registry.Ids.Count} environments" : id;
        loggers.CreateLogger("rlgym").LogInformation("Serving {Hosted} on {Address}", hosted, server.Address);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rlgym serve: listening on {server.Address} ({hosted})")).ConfigureAwait(false);
        await context.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("rlgym serve: stopped").ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }
}
