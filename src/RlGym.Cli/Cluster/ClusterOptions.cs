using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RlGym.Cli.Commands;
using RlGym.Cluster.Hosting;
using RlGym.Core;

namespace RlGym.Cli.Cluster;

/// <summary>
/// The options that name a cluster and how to reach it, shared by <c>rlgym silo</c>, <c>rlgym cluster status</c> and the
/// commands that run on a cluster (<c>--cluster NAME</c>). The certificate's password is read from
/// <c>$RLGYM_TLS_PASSWORD</c>, never from the command line.
/// </summary>
internal sealed class ClusterOptions
{
    public const string PasswordVariable = "RLGYM_TLS_PASSWORD";

    public Option<string?> Name { get; } = new("--cluster")
    {
        Description = $"Run on the cluster of this name (silos started with rlgym silo --cluster NAME); the default cluster is '{ClusterSettings.DefaultName}'",
        HelpName = "NAME",
    };

    public Option<string?> Redis { get; } = new("--redis")
    {
        Description = "Redis for cluster membership (HOST:PORT); without it, localhost clustering (one machine)",
        HelpName = "HOST:PORT",
    };

    public Option<int> GatewayPort { get; } = CommonOptions.Count("--gateway-port", ClusterSettings.DefaultGatewayPort,
        "The gateway port: a silo's client port, and the port a client reaches without --redis", "PORT", 65535);

    public Option<string?> Certificate { get; } = new("--tls-certificate")
    {
        Description = $"Encrypt and authenticate cluster traffic with TLS: a PKCS #12 file (password in ${PasswordVariable}) shared by every silo and client; required off loopback",
        HelpName = "FILE",
    };

    public Option<int> CallTimeout { get; } = CommonOptions.Count("--call-timeout", 60,
        "Seconds a client waits for one block on a cluster before re-submitting it (an answer lost with a dead gateway is noticed only so); longer than any block", "S", 86400);

    public Option<int> ConnectTimeout { get; } = CommonOptions.Count("--connect-timeout", 15,
        "Seconds a client tries to reach the cluster before giving up", "S", 3600);

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="withName"/> adds --cluster too.</summary>
    public void AddTo(Command command, bool withName = true)
    {
        if (withName)
        {
            command.Options.Add(Name);
        }
        command.Options.Add(Redis);
        command.Options.Add(GatewayPort);
        command.Options.Add(Certificate);
        command.Options.Add(CallTimeout);
        command.Options.Add(ConnectTimeout);
    }

    /// <summary>The settings the parsed options give (with <paramref name="name"/> for the cluster's name).</summary>
    public ClusterSettings Read(ParseResult parsed, string? name) => new()
    {
        Name = name ?? ClusterSettings.DefaultName,
        Redis = parsed.GetValue(Redis),
        GatewayPort = parsed.GetValue(GatewayPort),
        Certificate = parsed.GetValue(Certificate),
        CertificatePassword = Environment.GetEnvironmentVariable(PasswordVariable),
        CallTimeout = TimeSpan.FromSeconds(parsed.GetValue(CallTimeout)),
        ConnectTimeout = TimeSpan.FromSeconds(parsed.GetValue(ConnectTimeout)),
    };

    /// <summary>Parses an <c>--address</c> value.</summary>
    public static IPAddress ParseAddress(string? text) =>
        text is null ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : throw new UserInputException($"Option '--address' is '{text}'; expected an IP address such as 127.0.0.1 or 192.168.1.5.");

    /// <summary>
    /// Routes a silo's or client's logging into the command's (Serilog) logger factory: Orleans' own messages from
    /// warnings up (its advice on server GC, which a small machine cannot act on, only as errors).
    /// </summary>
    public static Action<IServiceCollection> Logging(IServiceProvider services)
    {
        var loggers = services.GetRequiredService<ILoggerFactory>();
        return hosted => hosted.AddLogging(logging => logging.ClearProviders()
            .AddProvider(new ForwardingLoggerProvider(loggers))
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Orleans", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error));
    }

    /// <summary>A figure in invariant culture.</summary>
    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
