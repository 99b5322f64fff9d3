using System.Net;
using RlGym.Cluster.Hosting;
using RlGym.Core;
using Xunit;

namespace RlGym.Cluster.Tests.Hosting;

/// <summary>A cluster listens on loopback unless told otherwise, and off loopback only with TLS and Redis.</summary>
public sealed class ClusterSettingsTests
{
    [Fact]
    public void The_defaults_listen_on_loopback()
    {
        var settings = new ClusterSettings().Validate();
        Assert.Equal(IPAddress.Loopback, settings.Address);
        Assert.Null(settings.Redis);
    }

    [Fact]
    public void A_non_loopback_address_without_a_certificate_is_refused()
    {
        var settings = new ClusterSettings { Address = IPAddress.Parse("192.168.1.5"), Redis = "192.168.1.2:6379" };
        var error = Assert.Throws<UserInputException>(() => settings.Validate());
        Assert.Contains("--tls-certificate", error.Message, StringComparison.Ordinal);
        Assert.Throws<UserInputException>(() => SiloHosting.Build(settings, Fixtures.CatMouseRegistries.Create()));
    }

    [Fact]
    public void A_non_loopback_address_needs_redis_and_an_existing_certificate()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"rlgym-missing-{Guid.NewGuid():N}.pfx");
        var noRedis = new ClusterSettings { Address = IPAddress.Parse("10.0.0.5"), Certificate = missing };
        Assert.Contains("--redis", Assert.Throws<UserInputException>(() => noRedis.Validate()).Message, StringComparison.Ordinal);
        var noFile = noRedis with { Redis = "10.0.0.2:6379" };
        Assert.Contains(missing, Assert.Throws<UserInputException>(() => noFile.Validate()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("a/b")]
    public void A_bad_cluster_name_is_refused(string name) =>
        Assert.Throws<UserInputException>(() => new ClusterSettings { Name = name }.Validate());
}
