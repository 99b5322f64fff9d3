using Grpc.Core;
using Microsoft.Extensions.Logging;
using RlGym.Server.Protocol;
using RlGym.Server.Worlds;

namespace RlGym.Server.Hosting;

/// <summary>
/// dm_env_rpc's Environment service: one <see cref="Session"/> per stream, requests answered in order. When a token is
/// configured every call must carry the metadata <c>authorization: Bearer TOKEN</c>.
/// </summary>
internal sealed class EnvironmentService(WorldFactory factory, EnvironmentServerOptions options, ServerStatistics statistics, ILogger<EnvironmentService> log)
    : Protocol.Environment.EnvironmentBase
{
    /// <inheritdoc />
    public override async Task Process(IAsyncStreamReader<EnvironmentRequest> requestStream, IServerStreamWriter<EnvironmentResponse> responseStream, ServerCallContext context)
    {
        if (options.Token is string token && context.RequestHeaders.GetValue("authorization") != "Bearer " + token)
        {
            log.LogWarning("Refused a call from {Peer}: missing or wrong token", context.Peer);
            throw new RpcException(new Status(StatusCode.Unauthenticated, "This server needs the metadata 'authorization: Bearer TOKEN' with the token it was started with."));
        }
        using var session = new Session(factory, options, statistics, log);
        try
        {
            while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
            {
                var response = session.Handle(requestStream.Current);
                await responseStream.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException || (error is RpcException rpc && rpc.StatusCode == StatusCode.Cancelled))
        {
            log.LogInformation("A stream from {Peer} ended early: {Reason}", context.Peer, error.Message);
        }
    }
}
