using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using RlGym.Core;
using RlGym.Core.Registry;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tensors;
using RlGym.Server.Worlds;

namespace RlGym.Server.Hosting;

/// <summary>
/// The worlds of one stream. Worlds belong to the stream that made them: when it ends (the client left, cancelled or
/// dropped), every one of them is disposed. Each request gets its answer or dm_env_rpc's error status with one line;
/// the stream goes on after an error.
/// </summary>
internal sealed class Session(WorldFactory factory, EnvironmentServerOptions options, ServerStatistics statistics, ILogger log) : IDisposable
{
    private readonly Dictionary<string, IWorld> _worlds = new(StringComparer.Ordinal);
    private string? _joined;
    private int _made;

    /// <summary>Answers one request.</summary>
    public EnvironmentResponse Handle(EnvironmentRequest request)
    {
        try
        {
            return request.PayloadCase switch
            {
                EnvironmentRequest.PayloadOneofCase.CreateWorld => new EnvironmentResponse { CreateWorld = Create(request.CreateWorld) },
                EnvironmentRequest.PayloadOneofCase.JoinWorld => new EnvironmentResponse { JoinWorld = Join(request.JoinWorld) },
                EnvironmentRequest.PayloadOneofCase.Step => new EnvironmentResponse { Step = Joined().Step(request.Step) },
                EnvironmentRequest.PayloadOneofCase.Reset => new EnvironmentResponse { Reset = Reset(request.Reset) },
                EnvironmentRequest.PayloadOneofCase.ResetWorld => new EnvironmentResponse { ResetWorld = ResetWorld(request.ResetWorld) },
                EnvironmentRequest.PayloadOneofCase.LeaveWorld => new EnvironmentResponse { LeaveWorld = Leave() },
                EnvironmentRequest.PayloadOneofCase.DestroyWorld => new EnvironmentResponse { DestroyWorld = Destroy(request.DestroyWorld) },
                EnvironmentRequest.PayloadOneofCase.Extension => new EnvironmentResponse { Extension = Extension(request.Extension) },
                EnvironmentRequest.PayloadOneofCase.None => throw new ProtocolException(StatusCode.InvalidArgument, "The request is empty; expected one of create_world, join_world, step, reset, reset_world, leave_world, destroy_world or extension."),
                _ => throw new ProtocolException(StatusCode.Unimplemented, $"Request {request.PayloadCase} is not served; properties are not part of RlGym's worlds."),
            };
        }
        catch (Exception error) when (Classify(error) is StatusCode code)
        {
            if (code == StatusCode.Internal)
            {
                log.LogError(error, "A {Request} request failed", request.PayloadCase);
            }
            else
            {
                log.LogInformation("Refused a {Request} request: {Message}", request.PayloadCase, error.Message);
            }
            string message = error.Message.ReplaceLineEndings(" ");
            if (code == StatusCode.Internal)
            {
                message = $"unexpected {error.GetType().Name}: {message}";
            }
            return new EnvironmentResponse { Error = new Protocol.Rpc.Status { Code = (int)code, Message = message } };
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var world in _worlds.Values)
        {
            world.Dispose();
            statistics.WorldClosed();
        }
        _worlds.Clear();
        _joined = null;
    }

    private CreateWorldResponse Create(CreateWorldRequest request)
    {
        if (!request.Settings.TryGetValue(Settings.Environment, out var idTensor))
        {
            throw new ProtocolException(StatusCode.InvalidArgument, "CreateWorld needs the setting 'env' (an environment id such as CatMouse-v0).");
        }
        string id = Settings.Text(idTensor, Settings.Environment);
        if (options.Environments is { Count: > 0 } hosted && !hosted.Contains(id, StringComparer.Ordinal))
        {
            throw new ProtocolException(StatusCode.NotFound, $"Environment '{id}' is not hosted here; this server hosts {string.Join(", ", hosted)}.");
        }
        int copies = 1;
        if (request.Settings.TryGetValue(Settings.NumEnvs, out var copiesTensor))
        {
            string text = Settings.Text(copiesTensor, Settings.NumEnvs);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out copies) || copies < 1 || copies > options.MaxCopies)
            {
                throw new ProtocolException(StatusCode.InvalidArgument, $"Setting 'num_envs' is {text}; expected a whole number from 1 to {options.MaxCopies}.");
            }
        }
        ulong? seed = Settings.ReadSeed(request.Settings);
        var renderMode = Settings.ReadRenderMode(request.Settings);
        EnvOptions envOptions = Settings.Options(request.Settings, Settings.Environment, Settings.Seed, Settings.NumEnvs, Settings.RenderMode);
        var world = factory.Create(id, envOptions, seed, copies, renderMode);
        string name = $"world-{++_made}";
        _worlds[name] = world;
        statistics.WorldOpened();
        log.LogInformation("Made {World}: {Environment} with {Options}, {Copies} copies", name, id, envOptions, copies);
        return new CreateWorldResponse { WorldName = name };
    }

    private JoinWorldResponse Join(JoinWorldRequest request)
    {
        if (_joined is not null)
        {
            throw new ProtocolException(StatusCode.FailedPrecondition, $"This stream has already joined '{_joined}'; leave it first.");
        }
        if (request.Settings.Count > 0)
        {
            throw new ProtocolException(StatusCode.InvalidArgument, $"JoinWorld takes no settings, got {string.Join(", ", request.Settings.Keys)}; put environment options in CreateWorld.");
        }
        var world = Find(request.WorldName);
        _joined = request.WorldName;
        return new JoinWorldResponse { Specs = world.Specs };
    }

    private ResetResponse Reset(ResetRequest request)
    {
        var world = Joined();
        world.Reset(request.Settings);
        return new ResetResponse { Specs = world.Specs };
    }

    private ResetWorldResponse ResetWorld(ResetWorldRequest request)
    {
        Find(request.WorldName).Reset(request.Settings);
        return new ResetWorldResponse();
    }

    private LeaveWorldResponse Leave()
    {
        _joined = null;
        return new LeaveWorldResponse();
    }

    private DestroyWorldResponse Destroy(DestroyWorldRequest request)
    {
        var world = Find(request.WorldName);
        if (_joined == request.WorldName)
        {
            throw new ProtocolException(StatusCode.FailedPrecondition, $"World '{request.WorldName}' is joined; leave it before destroying it.");
        }
        _worlds.Remove(request.WorldName);
        world.Dispose();
        statistics.WorldClosed();
        return new DestroyWorldResponse();
    }

    private Any Extension(Any request)
    {
        if (request.TryUnpack(out PingRequest ping))
        {
            return Any.Pack(new PingResponse { Payload = ping.Payload });
        }
        var world = Joined();
        if (request.Is(SpacesRequest.Descriptor))
        {
            return Any.Pack(new SpacesResponse { Json = world.SpacesJson });
        }
        if (request.Is(RenderRequest.Descriptor))
        {
            return Any.Pack(world.Render());
        }
        return world.Extension(request);
    }

    private IWorld Find(string name) => _worlds.TryGetValue(name, out var world)
        ? world
        : throw new ProtocolException(StatusCode.NotFound, $"World '{name}' does not exist on this stream{(_worlds.Count == 0 ? "; create one first" : $"; its worlds are {string.Join(", ", _worlds.Keys)}")}.");

    private IWorld Joined() => _joined is not null
        ? _worlds[_joined]
        : throw new ProtocolException(StatusCode.FailedPrecondition, "No world is joined on this stream; send create_world and join_world first.");

    private static StatusCode? Classify(Exception error) => error switch
    {
        ProtocolException p => p.Code,
        UnknownEnvironmentException => StatusCode.NotFound,
        InvalidActionException or ArgumentException or FormatException => StatusCode.InvalidArgument,
        InvalidOperationException => StatusCode.FailedPrecondition,
        NotSupportedException => StatusCode.Unimplemented,
        OperationCanceledException => null,
        _ => StatusCode.Internal,
    };
}
