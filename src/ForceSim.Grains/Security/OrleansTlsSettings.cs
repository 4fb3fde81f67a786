namespace ForceSim.Grains.Security;

/// <summary>
/// TLS for silo-to-silo and client-to-gateway traffic: this process's certificate and how a peer's is judged. Every
/// silo and client of a cluster presents a certificate (mutual TLS), and a peer is accepted only if its certificate
/// was issued by the given CA or is one of the given thumbprints: there is no "accept anything" setting.
/// </summary>
public sealed record OrleansTlsSettings
{
    /// <summary>A PFX/PKCS#12 file, or a PEM file with the certificate (and its key, unless <see cref="KeyFile"/> is given).</summary>
    public required string CertificateFile { get; init; }

    /// <summary>A PEM private key file, when the PEM certificate file holds no key.</summary>
    public string? KeyFile { get; init; }

    /// <summary>The PFX password or the encrypted PEM key's password.</summary>
    public Secret? CertificatePassword { get; init; }

    /// <summary>A PEM or DER CA certificate: peers whose certificate chains to it are accepted.</summary>
    public string? CaFile { get; init; }

    /// <summary>SHA-256 (or SHA-1) thumbprints of peer certificates accepted as they are (self-signed ones, say).</summary>
    public IReadOnlyList<string> Thumbprints { get; init; } = [];
}
