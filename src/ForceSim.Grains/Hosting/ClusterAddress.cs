using System.Globalization;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// Where a cluster is: the Redis server holding its membership and storage, and its cluster id. Written
/// <c>redis://HOST:PORT/ID</c> on the command line. The service id is derived from the cluster id, so every silo and
/// client of a cluster agrees on it (stored grain state is keyed by service id) and a fresh cluster id starts afresh.
/// </summary>
public sealed record ClusterAddress(string RedisHost, int RedisPort, string ClusterId)
{
    public string Redis => string.Create(CultureInfo.InvariantCulture, $"{RedisHost}:{RedisPort}");

    public string ServiceId => "forcesim-" + ClusterId;

    public override string ToString() => $"redis://{Redis}/{ClusterId}";

    /// <summary>Parses <c>redis://HOST:PORT/ID</c>; a message saying what is wrong otherwise.</summary>
    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string scheme = "redis://";
        if (!text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"--cluster must look like redis://HOST:PORT/CLUSTER_ID (got '{text}').");
        }

        var rest = text[scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw new FormatException($"--cluster must name the cluster id after the Redis address: redis://HOST:PORT/CLUSTER_ID (got '{text}').");
        }

        var (host, port) = ParseRedis(rest[..slash], "--cluster");
        return new ClusterAddress(host, port, CheckClusterId(rest[(slash + 1)..]));
    }

    /// <summary>Parses <c>HOST:PORT</c> (the port defaults to 6379).</summary>
    public static (string Host, int Port) ParseRedis(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? text : text[..colon];
        var port = 6379;
        if (host.Length == 0 || (colon >= 0 && !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port)) || port is < 1 or > 65535)
        {
            throw new FormatException($"{option}: the Redis address must be HOST:PORT with a port from 1 to 65535 (got '{text}').");
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
}
