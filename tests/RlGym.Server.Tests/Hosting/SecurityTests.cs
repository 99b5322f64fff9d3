using RlGym.Core;
using System.Net;
using Grpc.Core;
using RlGym.Server.Tests.Fixtures;

namespace RlGym.Server.Tests.Hosting;

public sealed class SecurityTests
{
    [Fact]
    public void Another_address_than_loopback_needs_a_token()
    {
        var open = new EnvironmentServerOptions { ListenAddress = IPAddress.Any, Port = 0 };
        Assert.Contains("needs a token", Assert.Throws<UserInputException>(open.Validate).Message, StringComparison.Ordinal);
        (open with { Token = "secret" }).Validate();
        Assert.Throws<UserInputException>(new EnvironmentServerOptions { Port = 1, SocketPath = "x.sock" }.Validate);
    }

    [Fact]
    public async Task With_a_token_every_call_must_carry_it()
    {
        await using var harness = await ServerHarness.StartAsync(new EnvironmentServerOptions { Token = "s3cret" });
        using (var anonymous = harness.Open())
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => anonymous.Call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        }
        using var trusted = harness.Open(new Metadata { { "authorization", "Bearer s3cret" } });
        var specs = await trusted.JoinAsync("CatMouse-v0");
        Assert.Single(specs.Actions);
    }
}
