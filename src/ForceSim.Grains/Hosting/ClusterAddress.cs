using System.Globalization;
using ForceSim.Grains.Security;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// Where a cluster is: the Redis server holding its membership and storage, and its cluster id. Written
/// <c>redis://HOST:PORT/ID</c> on the command line. The service id is derived from the cluster id, so every silo and
/// client of a cluster agrees on it (stored grain state is keyed by service id) and a fresh cluster id starts afresh.
/// <c>rediss://</c> means Redis over TLS. Passwords and certificates travel in <see cref="Security"/>, never in the
/// address, so the address can be printed anywhere (progress lines, run-info.json, status) without leaking them.
/// </summary>
public sealed record ClusterAddress(string RedisHost, int RedisPort, string ClusterId)
{
    public string Redis => string.Create(CultureInfo.InvariantCulture, $"{RedisHost}:{RedisPort}");

    public string ServiceId => "forcesim-" + ClusterId;

    /// <summary>Redis credentials and TLS settings; not part of the printed address.</summary>
    public ClusterSecurity Security { get; init; } = ClusterSecurity.None;

    public override string ToString() => $"{(Security.RedisTls ? "rediss" : "redis")}://{Redis}/{ClusterId}";

    /// <summary>Parses <c>redis://HOST:PORT/ID</c> (or <c>rediss://</c> for TLS); a message saying what is wrong otherwise.</summary>
    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tls = text.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase);
        if (!tls && !text.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"--cluster must look like redis://HOST:PORT/CLUSTER_ID (got '{Shown(text)}').");
        }

        var rest = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        if (rest.Contains('@', StringComparison.Ordinal))
        {
            ParseRedis(rest, "--cluster");
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new FormatException($"--cluster must name the cluster id after the Redis address: redis://HOST:PORT/CLUSTER_ID (got '{Shown(text)}').");
        }

        var (host, port) = ParseRedis(rest[..slash], "--cluster");
        return new ClusterAddress(host, port, CheckClusterId(rest[(slash + 1)..])) { Security = new ClusterSecurity { RedisTls = tls } };
    }

    /// <summary>Parses <c>HOST:PORT</c> (the port defaults to 6379).</summary>
    public static (string Host, int Port) ParseRedis(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('@', StringComparison.Ordinal))
        {
            // USER:PASSWORD@HOST would put the password in the process list, shell history and every printed address.
            throw new FormatException($"{option}: the Redis address must not carry a user or password (got '{Shown(text)}'); "
                + "give them with --redis-user and --redis-password-file (or FORCESIM_REDIS_PASSWORD_FILE, FORCESIM_REDIS_PASSWORD).");
        }

        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = 6379;
        if (host.Length == 0 || (colon >= 0 && !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port)) || port is < 1 or > 65535)
        {
            throw new FormatException($"{option}: the Redis address must be HOST:PORT with a port from 1 to 65535 (got '{Shown(text)}').");
        }

        return (host, port);
    }

    /// <summary>Cluster ids become Redis keys and service ids: letters, digits, '-', '_' and '.' only.</summary>
    public static string CheckClusterId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new FormatException($"The cluster id must be 1 to 100 letters, digits, '-', '_' or '.' (got '{id}').");
        }

        return id;
    }

    /// <summary>An address as echoed in an error: anything before an '@' may be a password, so it is hidden.</summary>
    private static string Shown(string text)
    {
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return text;
        }

        var start = text.IndexOf("://", StringComparison.Ordinal) is var s and >= 0 && s < at ? s + 3 : 0;
        return string.Concat(text.AsSpan(0, start), "***", text.AsSpan(at));
    }
}
