using Grpc.Core;

namespace RlGym.Server.Tensors;

/// <summary>A request the server refuses: travels back as dm_env_rpc's error status with a one-line message.</summary>
internal sealed class ProtocolException(StatusCode code, string message) : Exception(message)
{
    /// <summary>The google.rpc code sent back.</summary>
    public StatusCode Code { get; } = code;
}
