namespace ForceSim.Grains.Security;

/// <summary>
/// The cluster's security settings do not work: Redis refused the password, a certificate could not be read, or a TLS
/// handshake failed. The user can fix it, so front ends report it as bad input; the message never holds a password.
/// </summary>
public sealed class ClusterSecurityException : Exception
{
    public ClusterSecurityException()
    {
    }

    public ClusterSecurityException(string message)
        : base(message)
    {
    }

    public ClusterSecurityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
