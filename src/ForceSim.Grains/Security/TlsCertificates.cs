using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ForceSim.Grains.Security;

/// <summary>Reads the certificate files a deployment mounts (PFX or PEM), turning every failure into one clear message.</summary>
public static class TlsCertificates
{
    /// <summary>This process's certificate with its private key.</summary>
    public static X509Certificate2 LoadOwn(OrleansTlsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var password = settings.CertificatePassword?.Reveal();
        try
        {
            if (IsPem(settings.CertificateFile))
            {
                using var pem = password is null
                    ? X509Certificate2.CreateFromPemFile(settings.CertificateFile, settings.KeyFile)
                    : X509Certificate2.CreateFromEncryptedPemFile(settings.CertificateFile, password, settings.KeyFile);
                // SslStream wants a key it can hand to the platform's TLS; a PKCS#12 round trip gives one on every OS.
                return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }

            var pfx = X509CertificateLoader.LoadPkcs12FromFile(settings.CertificateFile, password);
            if (!pfx.HasPrivateKey)
            {
                pfx.Dispose();
                throw new ClusterSecurityException($"TLS certificate {settings.CertificateFile} holds no private key.");
            }

            return pfx;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ClusterSecurityException(
                $"Could not read the TLS certificate {settings.CertificateFile}{(settings.KeyFile is null ? "" : $" with key {settings.KeyFile}")}: "
                + $"{settings.CertificatePassword?.RedactFrom(e.Message) ?? e.Message} (a PFX needs its password; a PEM file needs its key).",
                e);
        }
    }

    /// <summary>A CA certificate (PEM or DER) that peers' certificates must chain to.</summary>
    public static X509Certificate2 LoadCa(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return IsPem(path) ? X509Certificate2.CreateFromPem(File.ReadAllText(path)) : X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ClusterSecurityException($"Could not read the CA certificate {path}: {e.Message}", e);
        }
    }

    private static bool IsPem(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[4096];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read).Contains("-----BEGIN", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClusterSecurityException($"Could not read the certificate file {path}: {e.Message}", e);
        }
    }
}
