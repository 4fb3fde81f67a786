namespace ForceSim.Grains.Security;

/// <summary>
/// How a silo or client proves itself to the cluster's Redis and to the other silos: Redis user and password, TLS to
/// Redis, TLS between silos and clients. None of it is part of the cluster's printed address.
/// </summary>
public sealed record ClusterSecurity
{
    public static ClusterSecurity None { get; } = new();

    /// <summary>A Redis ACL user; null for the default user.</summary>
    public string? RedisUser { get; init; }

    public Secret? RedisPassword { get; init; }

    /// <summary>Talk to Redis over TLS (a <c>rediss://</c> address or <c>--redis-tls</c>).</summary>
    public bool RedisTls { get; init; }

    /// <summary>A CA certificate the Redis server's certificate must chain to, when the machine's trust store does not know it.</summary>
    public string? RedisCaFile { get; init; }

    /// <summary>TLS between silos and from clients to gateways; null for plain TCP.</summary>
    public OrleansTlsSettings? Tls { get; init; }

    /// <summary>The text with any password this holds replaced, for messages built from library exceptions.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = RedisPassword?.RedactFrom(text) ?? text;
        return Tls?.CertificatePassword?.RedactFrom(text) ?? text;
    }

    /// <summary>Records print their members; this one says only what is switched on.</summary>
    public override string ToString() =>
        $"redis auth {(RedisPassword is null ? "off" : "on")}, redis tls {(RedisTls ? "on" : "off")}, cluster tls {(Tls is null ? "off" : "on")}";
}
