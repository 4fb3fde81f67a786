using System.Security.Authentication;
using ForceSim.Grains.Hosting;
using StackExchange.Redis;

namespace ForceSim.Grains.Security;

/// <summary>
/// How every silo and client reaches the cluster's Redis (user, password, TLS), and a first check of the credentials
/// before Orleans starts: Orleans keeps retrying a Redis that refuses it, which would look like a hang, not a wrong password.
/// </summary>
public static class RedisAccess
{
    /// <summary>Keep retrying a Redis that is down or restarting instead of failing the silo.</summary>
    public static ConfigurationOptions Options(ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var security = cluster.Security;
        var options = ConfigurationOptions.Parse(cluster.Redis);
        options.AbortOnConnectFail = false;
        options.User = security.RedisUser;
        options.Password = security.RedisPassword?.Reveal();
        if (security.RedisTls)
        {
            options.Ssl = true;
            options.SslHost = cluster.RedisHost;
            if (security.RedisCaFile is { } ca)
            {
                options.TrustIssuer(TlsCertificates.LoadCa(ca));
            }
        }

        return options;
    }

    /// <summary>
    /// Connects once and pings: a refused password or a failed TLS handshake ends here with a clear message. A Redis
    /// that is merely not up yet is left to the retrying connection, as before.
    /// </summary>
    public static async Task CheckAsync(ClusterAddress cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var options = Options(cluster);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        options.ConnectRetry = 1;
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            await connection.GetDatabase().PingAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (HandshakeFailed(e))
        {
            throw new ClusterSecurityException(
                $"The TLS handshake with Redis at {cluster.Redis} failed: {cluster.Security.Redact(Innermost(e).Message)} "
                + "(is its certificate issued by the CA given with --redis-ca, and does the server speak TLS on that port?)",
                e);
        }
        catch (Exception e) when (Refused(e))
        {
            throw new ClusterSecurityException(RefusedMessage(cluster), e);
        }
        catch (RedisConnectionException)
        {
            // Not reachable yet (a container starting): the retrying connection waits for it.
        }
    }

    private static string RefusedMessage(ClusterAddress cluster)
    {
        var security = cluster.Security;
        var who = security.RedisUser is { } user ? $"user '{user}' and the password given" : "the password given";
        return security.RedisPassword is null
            ? $"Redis at {cluster.Redis} needs a password: give it with --redis-password-file, FORCESIM_REDIS_PASSWORD_FILE, FORCESIM_REDIS_PASSWORD or --redis-password."
            : $"Redis at {cluster.Redis} refused {who}: check the password (--redis-password-file, FORCESIM_REDIS_PASSWORD_FILE, FORCESIM_REDIS_PASSWORD or --redis-password).";
    }

    private static bool Refused(Exception e) =>
        e is RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure }
        || Chain(e).Any(x => x.Message.Contains("NOAUTH", StringComparison.Ordinal) || x.Message.Contains("WRONGPASS", StringComparison.Ordinal)
            || x.Message.Contains("invalid password", StringComparison.OrdinalIgnoreCase));

    private static bool HandshakeFailed(Exception e) => Chain(e).Any(x => x is AuthenticationException);

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }

    private static Exception Innermost(Exception e) => Chain(e).Last();
}
