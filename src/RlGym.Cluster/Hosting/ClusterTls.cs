using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace RlGym.Cluster.Hosting;

/// <summary>
/// TLS between silos and clients with one shared certificate: each side presents it and accepts only a peer that
/// presents the same one (mutual authentication by thumbprint), so only holders of the certificate's private key join.
/// </summary>
internal static class ClusterTls
{
    public static X509Certificate2 Load(ClusterSettings settings) =>
        X509CertificateLoader.LoadPkcs12FromFile(settings.Certificate!, settings.CertificatePassword);

    public static void Configure(TlsOptions options, X509Certificate2 certificate)
    {
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) => string.Equals(remote.Thumbprint, certificate.Thumbprint, StringComparison.OrdinalIgnoreCase);
        string host = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        options.OnAuthenticateAsClient = (_, client) => client.TargetHost = host;
    }
}
