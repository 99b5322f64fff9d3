using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RlGym.Cluster.Hosting;
using RlGym.Cluster.Tests.Fixtures;
using Xunit;

namespace RlGym.Cluster.Tests.Hosting;

/// <summary>With --tls-certificate, only a client holding the same certificate reaches the silo.</summary>
public sealed class ClusterTlsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rlgym-tls-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_tls_silo_answers_a_client_with_its_certificate_and_refuses_one_without()
    {
        string certificate = WriteCertificate("rlgym-test", "secret");
        string other = WriteCertificate("someone-else", null);
        var settings = new ClusterSettings
        {
            Name = $"tls{Guid.NewGuid():N}",
            SiloPort = ChildProcess.FreePort(),
            GatewayPort = ChildProcess.FreePort(),
            Certificate = certificate,
            CertificatePassword = "secret",
            ConnectTimeout = TimeSpan.FromMinutes(2), // a guard: the connect takes well under a second on a quiet machine
        };
        using var silo = SiloHosting.Build(settings, CatMouseRegistries.Create());
        await silo.StartAsync();
        try
        {
            using (var client = await ClusterClientHosting.ConnectAsync(settings))
            {
                var reports = await ClusterStatus.ReadAsync(client.Services.GetRequiredService<IClusterClient>());
                Assert.Single(reports);
                await client.StopAsync();
            }
            await Assert.ThrowsAsync<Core.UserInputException>(() => ClusterClientHosting.ConnectAsync(settings with { Certificate = null, ConnectTimeout = TimeSpan.FromSeconds(2) }));
            await Assert.ThrowsAsync<Core.UserInputException>(() => ClusterClientHosting.ConnectAsync(settings with { Certificate = other, CertificatePassword = null, ConnectTimeout = TimeSpan.FromSeconds(2) }));
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    private string WriteCertificate(string subject, string? password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        string path = Path.Combine(_folder, $"{subject}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
