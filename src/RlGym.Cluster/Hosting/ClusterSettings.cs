using System.Net;
using RlGym.Core;

namespace RlGym.Cluster.Hosting;

/// <summary>
/// Where a cluster is and how to reach it: its name, its membership (Redis at <see cref="Redis"/>, or localhost
/// clustering when none is given) and, for a silo, the address and ports it listens on.
/// </summary>
public sealed record ClusterSettings
{
    /// <summary>The default cluster name.</summary>
    public const string DefaultName = "rlgym";

    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The default gateway (client) port.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The service every rlgym cluster belongs to (Orleans' service id).</summary>
    public const string ServiceId = "rlgym";

    /// <summary>The cluster's name (Orleans' cluster id): silos and clients of one cluster share it.</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>Redis for membership as HOST:PORT (or a StackExchange.Redis configuration string); null for localhost clustering.</summary>
    public string? Redis { get; init; }

    /// <summary>The address a silo listens on and advertises; loopback unless set.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>A silo's silo-to-silo port.</summary>
    public int SiloPort { get; init; } = DefaultSiloPort;

    /// <summary>A silo's gateway port; with localhost clustering, also the port a client connects to.</summary>
    public int GatewayPort { get; init; } = DefaultGatewayPort;

    /// <summary>With localhost clustering, the silo port of the cluster's first silo (null: this silo is the first).</summary>
    public int? PrimarySiloPort { get; init; }

    /// <summary>A PKCS #12 certificate file (with its private key): silo and client traffic runs over TLS with it.</summary>
    public string? Certificate { get; init; }

    /// <summary>The certificate file's password (null for none).</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>A silo's Orleans Dashboard port on loopback (the dashboard is never served off loopback); null for none.</summary>
    public int? DashboardPort { get; init; }

    /// <summary>
    /// How long a client waits for one call (an arena block) before it gives the call up and re-submits its work:
    /// a call whose answer was lost with a dead gateway is noticed only this way. Default 60 s; longer than any block.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a client tries to reach the cluster before giving up. Default 15 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Throws a <see cref="UserInputException"/> naming the first bad setting.</summary>
    public ClusterSettings Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            throw new UserInputException($"Cluster name '{Name}' is not usable; expected a non-empty name without spaces or '/'.");
        }
        foreach (var (option, port) in new[] { ("--port", SiloPort), ("--gateway-port", GatewayPort), ("--primary", PrimarySiloPort ?? 1), ("--dashboard-port", DashboardPort ?? 1) })
        {
            if (port is < 1 or > 65535)
            {
                throw new UserInputException($"Option '{option}' is {port}; expected a TCP port from 1 to 65535.");
            }
        }
        if (SiloPort == GatewayPort)
        {
            throw new UserInputException($"The silo port and the gateway port are both {SiloPort}; give them different ports.");
        }
        if (Redis is not null && string.IsNullOrWhiteSpace(Redis))
        {
            throw new UserInputException("Option '--redis' is empty; expected HOST:PORT of a Redis server, such as 127.0.0.1:6379.");
        }
        if (!IPAddress.IsLoopback(Address) && Certificate is null)
        {
            throw new UserInputException(
                $"Address {Address} is not loopback: a cluster across machines must encrypt and authenticate its traffic; give --tls-certificate FILE.pfx (the same certificate on every silo and client).");
        }
        if (!IPAddress.IsLoopback(Address) && Redis is null)
        {
            throw new UserInputException($"Address {Address} is not loopback: a cluster across machines needs Redis for membership; give --redis HOST:PORT.");
        }
        if (Certificate is not null && !File.Exists(Certificate))
        {
            throw new UserInputException($"Certificate file '{Certificate}' does not exist; expected a PKCS #12 (.pfx) file with a private key.");
        }
        return this;
    }
}
