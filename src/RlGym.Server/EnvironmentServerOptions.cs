using RlGym.Core;
using System.Net;
using RlGym.Core.Spaces;

namespace RlGym.Server;

/// <summary>
/// Where and what <see cref="EnvironmentServer"/> serves. Safe by default: a loopback port or a Unix socket; any other
/// address needs <see cref="ListenAddress"/> and a <see cref="Token"/>, which every call must then carry.
/// </summary>
public sealed record EnvironmentServerOptions
{
    /// <summary>The port dm_env_rpc servers conventionally use, taken when neither a port nor a socket is given.</summary>
    public const int DefaultPort = 50051;

    /// <summary>The environment ids clients may make; empty for every registered one.</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    /// <summary>A TCP port (0 for any free one); null with <see cref="SocketPath"/> set.</summary>
    public int? Port { get; init; }

    /// <summary>A Unix domain socket path to listen on instead of a port.</summary>
    public string? SocketPath { get; init; }

    /// <summary>An address other than loopback to listen on (needs <see cref="Token"/>); null for loopback.</summary>
    public IPAddress? ListenAddress { get; init; }

    /// <summary>A shared secret every call must carry as <c>authorization: Bearer TOKEN</c>; null for none.</summary>
    public string? Token { get; init; }

    /// <summary>The most copies one vector world may hold.</summary>
    public int MaxCopies { get; init; } = 65_536;

    /// <summary>
    /// Bounds for observation spaces whose elements are structs of one number type (they have no Box to read bounds
    /// from): return (low, high) for every item, or null for unbounded.
    /// </summary>
    public Func<ISpace, (double Low, double High)?>? StructBounds { get; init; }

    /// <summary>Checks the options, naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">When a port and a socket are both given, a port is out of range, or a non-loopback address has no token.</exception>
    public void Validate()
    {
        if (Port is not null && SocketPath is not null)
        {
            throw new UserInputException($"Both a port ({Port}) and a socket ({SocketPath}) were given; expected one of them.");
        }
        if (Port is < 0 or > 65_535)
        {
            throw new UserInputException($"Port {Port} is out of range; expected 0 to 65535.");
        }
        if (SocketPath is not null && ListenAddress is not null)
        {
            throw new UserInputException($"Listen address {ListenAddress} needs a port, not a socket.");
        }
        if (ListenAddress is not null && !IPAddress.IsLoopback(ListenAddress) && string.IsNullOrEmpty(Token))
        {
            throw new UserInputException($"Listening on {ListenAddress} (not loopback) needs a token that clients must send; give one.");
        }
        if (MaxCopies < 1)
        {
            throw new UserInputException($"MaxCopies is {MaxCopies}; expected at least 1.");
        }
    }
}
