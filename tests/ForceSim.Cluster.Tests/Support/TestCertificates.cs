using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>
/// A throw-away CA, a certificate it issued for 127.0.0.1 (server and client use: silos, clients and Redis share it),
/// and a stranger's self-signed certificate, written to a folder as PEM, key and PFX files as a deployment mounts them.
/// </summary>
public sealed class TestCertificates
{
    public const string PfxPassword = "pfx-pass-7a1c";

    private TestCertificates(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public string CaPem => Path.Combine(Folder, "ca.pem");

    /// <summary>The node certificate alone (PEM); its key is <see cref="NodeKey"/>.</summary>
    public string NodePem => Path.Combine(Folder, "node.pem");

    public string NodeKey => Path.Combine(Folder, "node.key");

    /// <summary>The node certificate and key as PKCS#12, protected by <see cref="PfxPassword"/>.</summary>
    public string NodePfx => Path.Combine(Folder, "node.pfx");

    /// <summary>A self-signed certificate and key in one PEM file, issued by no CA the cluster knows.</summary>
    public string StrangerPem => Path.Combine(Folder, "stranger.pem");

    public string NodeSha256 { get; private set; } = "";

    public static TestCertificates Create(string folder)
    {
        Directory.CreateDirectory(folder);
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ForceSim test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));

        using var nodeKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var issued = NodeRequest("CN=forcesim-node", nodeKey, ca).Create(ca, now.AddDays(-1), now.AddDays(1), [1, 2, 3, 4, 5, 6, 7, 8]);
        using var node = issued.CopyWithPrivateKey(nodeKey);

        using var strangerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = NodeRequest("CN=stranger", strangerKey, null).CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        var certificates = new TestCertificates(folder) { NodeSha256 = node.GetCertHashString(HashAlgorithmName.SHA256) };
        File.WriteAllText(certificates.CaPem, ca.ExportCertificatePem());
        File.WriteAllText(certificates.NodePem, node.ExportCertificatePem());
        File.WriteAllText(certificates.NodeKey, nodeKey.ExportPkcs8PrivateKeyPem());
        File.WriteAllBytes(certificates.NodePfx, node.Export(X509ContentType.Pkcs12, PfxPassword));
        File.WriteAllText(certificates.StrangerPem, stranger.ExportCertificatePem() + "\n" + strangerKey.ExportPkcs8PrivateKeyPem());
        return certificates;
    }

    private static CertificateRequest NodeRequest(string subject, ECDsa key, X509Certificate2? issuer)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        if (issuer is not null)
        {
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        }

        return request;
    }
}
