using Google.Protobuf.WellKnownTypes;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tests.Fixtures;

namespace RlGym.Server.Tests.Hosting;

public sealed class SessionTests
{
    [Fact]
    public async Task Bad_requests_get_one_line_error_statuses_and_the_stream_goes_on()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var early = await stream.SendAsync(new EnvironmentRequest { Step = new StepRequest() });
        Assert.Equal(9, early.Error.Code);

        var unknown = new CreateWorldRequest();
        unknown.Settings["env"] = TestTensors.Text("NoSuchEnv-v0");
        var missing = await stream.SendAsync(new EnvironmentRequest { CreateWorld = unknown });
        Assert.Equal(5, missing.Error.Code);
        Assert.Contains("NoSuchEnv-v0", missing.Error.Message, StringComparison.Ordinal);

        var copies = new CreateWorldRequest();
        copies.Settings["env"] = TestTensors.Text("CatMouse-v0");
        copies.Settings["num_envs"] = TestTensors.Int(0);
        Assert.Equal(3, (await stream.SendAsync(new EnvironmentRequest { CreateWorld = copies })).Error.Code);

        var specs = await stream.JoinAsync("CatMouse-v0");
        await stream.StepAsync(specs);
        var outside = await stream.StepAsync(specs, (1, TestTensors.Int(7)));
        Assert.Equal(3, outside.Error.Code);
        Assert.Equal("Action 7 for 'action' is outside Discrete(4); expected an integer from 0 to 3.", outside.Error.Message);
        var malformed = await stream.StepAsync(specs, (1, TestTensors.Text("up")));
        Assert.Equal(3, malformed.Error.Code);
        Assert.DoesNotContain('\n', malformed.Error.Message);
        var noAction = await stream.StepAsync(specs);
        Assert.Equal(3, noAction.Error.Code);
        var fine = await stream.StepAsync(specs, (1, TestTensors.Int(2)));
        Assert.Equal(EnvironmentResponse.PayloadOneofCase.Step, fine.PayloadCase);
    }

    [Fact]
    public async Task A_client_that_goes_away_frees_its_environments()
    {
        await using var harness = await ServerHarness.StartAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.WorldClosed += () =>
        {
            if (harness.Server.OpenWorlds == 0)
            {
                closed.TrySetResult();
            }
        };
        var stream = harness.Open();
        var specs = await stream.JoinAsync(ProbeEnvironment.Id);
        await stream.StepAsync(specs);
        Assert.Equal(1, harness.Server.OpenWorlds);
        stream.Dispose();
        await closed.Task.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(0, harness.Server.OpenWorlds);
        Assert.Equal(1, harness.ProbesDisposed);
    }

    [Fact]
    public async Task The_spaces_extension_describes_gymnasium_spaces()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        await stream.JoinAsync(ProbeEnvironment.Id);
        var request = new EnvironmentRequest { Extension = Any.Pack(new SpacesRequest()) };
        var response = (await stream.SendAsync(request)).Extension.Unpack<SpacesResponse>();
        using var json = System.Text.Json.JsonDocument.Parse(response.Json);
        var observation = json.RootElement.GetProperty("observation");
        Assert.Equal("Dict", observation.GetProperty("type").GetString());
        var position = observation.GetProperty("spaces").GetProperty("position");
        Assert.Equal("[0,-1]", position.GetProperty("low").GetRawText());
        Assert.Equal(1, position.GetProperty("high").GetDouble());
        Assert.Equal("MultiBinary", json.RootElement.GetProperty("action").GetProperty("type").GetString());
    }
}
