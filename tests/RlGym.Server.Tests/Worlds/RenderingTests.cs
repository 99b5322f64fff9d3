using Google.Protobuf.WellKnownTypes;
using RlGym.Core;
using RlGym.Envs.CatMouse;
using RlGym.Server.Protocol;
using RlGym.Server.Protocol.Extensions;
using RlGym.Server.Tests.Fixtures;

namespace RlGym.Server.Tests.Worlds;

public sealed class RenderingTests
{
    [Fact]
    public async Task An_rgb_array_world_renders_the_environments_picture()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        var specs = await stream.JoinAsync("CatMouse-v0", ("render_mode", TestTensors.Text("rgb_array")));
        var reset = new EnvironmentRequest { Reset = new ResetRequest() };
        reset.Reset.Settings["seed"] = TestTensors.Int(4);
        await stream.SendAsync(reset);
        await stream.StepAsync(specs);
        await stream.StepAsync(specs, (1, TestTensors.Int(2)));
        var frame = (await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(new RenderRequest()) })).Extension.Unpack<RenderResponse>();

        using var local = harness.Registry.Make<CatMouseObservation, int>("CatMouse-v0", renderMode: RenderMode.RgbArray);
        local.Reset(4);
        local.Step(2);
        var expected = local.Render()!;
        Assert.Equal([expected.Height, expected.Width, 3], frame.Rgb.Shape);
        Assert.Equal(expected.Pixels, frame.Rgb.Data.ToByteArray());
    }

    [Fact]
    public async Task Rendering_a_world_made_without_a_render_mode_or_with_an_unknown_one_is_refused()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var stream = harness.Open();
        await stream.JoinAsync("CatMouse-v0");
        var refused = await stream.SendAsync(new EnvironmentRequest { Extension = Any.Pack(new RenderRequest()) });
        Assert.Equal((int)Grpc.Core.StatusCode.FailedPrecondition, refused.Error.Code);
        Assert.Contains("render_mode", refused.Error.Message, StringComparison.Ordinal);

        var create = new EnvironmentRequest { CreateWorld = new CreateWorldRequest() };
        create.CreateWorld.Settings["env"] = TestTensors.Text("CatMouse-v0");
        create.CreateWorld.Settings["render_mode"] = TestTensors.Text("human");
        var unknown = await stream.SendAsync(create);
        Assert.Equal((int)Grpc.Core.StatusCode.InvalidArgument, unknown.Error.Code);
        Assert.Equal("Setting 'render_mode' is 'human'; expected 'rgb_array' or 'ansi'.", unknown.Error.Message);
    }
}
