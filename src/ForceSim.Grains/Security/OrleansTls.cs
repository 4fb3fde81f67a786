using Orleans.Connections.Security;

namespace ForceSim.Grains.Security;

/// <summary>Mutual TLS between silos and from clients to gateways, with the given certificate and peer check.</summary>
public static class OrleansTls
{
    public static ISiloBuilder UseForceSimTls(this ISiloBuilder silo, OrleansTlsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var (certificate, check) = Load(settings);
        return silo.UseTls(certificate, options => Configure(options, check));
    }

    public static IClientBuilder UseForceSimTls(this IClientBuilder client, OrleansTlsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (certificate, check) = Load(settings);
        return client.UseTls(certificate, options => Configure(options, check));
    }

    private static (System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate, PeerCertificateCheck Check) Load(OrleansTlsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var check = new PeerCertificateCheck(settings.CaFile is null ? null : TlsCertificates.LoadCa(settings.CaFile), settings.Thumbprints);
        return (TlsCertificates.LoadOwn(settings), check);
    }

    private static void Configure(TlsOptions options, PeerCertificateCheck check)
    {
        // Both ends must show a certificate: a silo refuses a client or silo that has none.
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = check.Accepts;
    }
}
