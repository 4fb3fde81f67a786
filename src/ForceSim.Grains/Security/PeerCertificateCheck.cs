using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ForceSim.Grains.Security;

/// <summary>
/// Whether a silo or client at the other end of a connection belongs to this cluster: its certificate was issued by
/// the cluster's CA, or it is one of the listed certificates. Host names are not checked (silos are reached by the
/// address they advertise, often an IP), the issuer and the certificate itself are.
/// </summary>
public sealed class PeerCertificateCheck
{
    private readonly X509Certificate2? _ca;
    private readonly HashSet<string> _thumbprints;

    public PeerCertificateCheck(X509Certificate2? ca, IEnumerable<string> thumbprints)
    {
        ArgumentNullException.ThrowIfNull(thumbprints);
        _ca = ca;
        _thumbprints = thumbprints.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        if (_ca is null && _thumbprints.Count == 0)
        {
            throw new ClusterSecurityException("TLS needs a way to judge peers: give a CA certificate (--tls-ca) or the thumbprints of accepted certificates (--tls-thumbprint).");
        }
    }

    public bool Accepts(X509Certificate2 certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        // Only name mismatches are forgiven; a missing certificate is refused before this is asked.
        _ = presented;
        _ = errors;
        if (_thumbprints.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256)) || _thumbprints.Contains(certificate.Thumbprint))
        {
            return true;
        }

        return _ca is not null && IssuedByCa(certificate);
    }

    private bool IssuedByCa(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_ca!);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (!chain.Build(certificate))
        {
            return false;
        }

        // The chain must end at this CA, not at some other root the machine happens to trust.
        var root = chain.ChainElements[^1].Certificate;
        return root.RawDataMemory.Span.SequenceEqual(_ca!.RawDataMemory.Span);
    }

    private static string Normalise(string thumbprint) =>
        new([.. thumbprint.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant)]);
}
