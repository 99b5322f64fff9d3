using System.Net.Sockets;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging.Abstractions;
using RlGym.Core.Agents;
using RlGym.Core.Registry;
using RlGym.Envs.CatMouse;
using RlGym.Server.Protocol;

namespace RlGym.Server.Tests.Fixtures;

/// <summary>An in-process server on a Unix socket in a temporary folder, and a client channel to it.</summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    private readonly string _folder;

    private ServerHarness(string folder, EnvironmentServer server, EnvRegistry registry)
    {
        _folder = folder;
        Server = server;
        Registry = registry;
        string socket = server.Address["unix:".Length..];
        Channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, token) =>
                {
                    var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await client.ConnectAsync(new UnixDomainSocketEndPoint(socket), token);
                    return new NetworkStream(client, ownsSocket: true);
                },
            },
        });
    }

    public EnvironmentServer Server { get; }

    public EnvRegistry Registry { get; }

    public GrpcChannel Channel { get; }

    private int _probesDisposed;

    /// <summary>How many probe environments were disposed.</summary>
    public int ProbesDisposed => Volatile.Read(ref _probesDisposed);

    public static async Task<ServerHarness> StartAsync(EnvironmentServerOptions? options = null)
    {
        string folder = Directory.CreateTempSubdirectory("rlgym-server-tests-").FullName;
        var registry = new EnvRegistry();
        CatMouseEnvironments.Register(registry, new AgentRegistry());
        ServerHarness? harness = null;
        ProbeEnvironment.Register(registry, () => Interlocked.Increment(ref harness!._probesDisposed));
        options ??= new EnvironmentServerOptions { StructBounds = space => space is CatMouseObservationSpace ? (0.0, 1.0) : null };
        var server = await EnvironmentServer.StartAsync(registry, options with { SocketPath = Path.Combine(folder, "s.sock"), Port = null }, NullLoggerFactory.Instance);
        harness = new ServerHarness(folder, server, registry);
        return harness;
    }

    /// <summary>Opens a stream.</summary>
    public ClientStream Open(Metadata? headers = null, CancellationToken cancellationToken = default) =>
        new(new Protocol.Environment.EnvironmentClient(Channel).Process(headers, cancellationToken: cancellationToken));

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>One dm_env_rpc stream: send a request, read its response.</summary>
    internal sealed class ClientStream(AsyncDuplexStreamingCall<EnvironmentRequest, EnvironmentResponse> call) : IDisposable
    {
        public AsyncDuplexStreamingCall<EnvironmentRequest, EnvironmentResponse> Call { get; } = call;

        public async Task<EnvironmentResponse> SendAsync(EnvironmentRequest request)
        {
            await Call.RequestStream.WriteAsync(request);
            Assert.True(await Call.ResponseStream.MoveNext(CancellationToken.None), "the server ended the stream");
            return Call.ResponseStream.Current;
        }

        /// <summary>Creates and joins a world of <paramref name="id"/> with extra settings; returns the specs.</summary>
        public async Task<ActionObservationSpecs> JoinAsync(string id, params (string Key, Tensor Value)[] settings)
        {
            var create = new CreateWorldRequest();
            create.Settings["env"] = TestTensors.Text(id);
            foreach (var (key, value) in settings)
            {
                create.Settings[key] = value;
            }
            var created = await SendAsync(new EnvironmentRequest { CreateWorld = create });
            Assert.Equal(EnvironmentResponse.PayloadOneofCase.CreateWorld, created.PayloadCase);
            var joined = await SendAsync(new EnvironmentRequest { JoinWorld = new JoinWorldRequest { WorldName = created.CreateWorld.WorldName } });
            Assert.Equal(EnvironmentResponse.PayloadOneofCase.JoinWorld, joined.PayloadCase);
            return joined.JoinWorld.Specs;
        }

        /// <summary>Steps with the given actions, asking for every observation uid in <paramref name="specs"/>.</summary>
        public Task<EnvironmentResponse> StepAsync(ActionObservationSpecs specs, params (ulong Uid, Tensor Action)[] actions)
        {
            var step = new StepRequest();
            step.RequestedObservations.AddRange(specs.Observations.Keys.Order());
            foreach (var (uid, action) in actions)
            {
                step.Actions[uid] = action;
            }
            return SendAsync(new EnvironmentRequest { Step = step });
        }

        public void Dispose() => Call.Dispose();
    }
}
