using System.CommandLine;
using ForceSim.Experiments;
using ForceSim.Grains.Hosting;
using ForceSim.Grains.Security;

namespace ForceSim.Cli.Options;

/// <summary>
/// Redis credentials, Redis TLS and cluster TLS for every command that talks to a cluster (silos and clients alike).
/// Each option falls back to its environment variable; passwords also come from files (Docker secrets).
/// </summary>
public sealed class ClusterSecurityOptions
{
    /// <summary>Option → the environment variable it falls back to (the deployment files use these names).</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>
    {
        ["--redis-user"] = "FORCESIM_REDIS_USER",
        ["--redis-password"] = "FORCESIM_REDIS_PASSWORD",
        ["--redis-password-file"] = "FORCESIM_REDIS_PASSWORD_FILE",
        ["--redis-tls"] = "FORCESIM_REDIS_TLS",
        ["--redis-ca"] = "FORCESIM_REDIS_CA",
        ["--tls-certificate"] = "FORCESIM_TLS_CERTIFICATE",
        ["--tls-key"] = "FORCESIM_TLS_KEY",
        ["--tls-password"] = "FORCESIM_TLS_PASSWORD",
        ["--tls-password-file"] = "FORCESIM_TLS_PASSWORD_FILE",
        ["--tls-ca"] = "FORCESIM_TLS_CA",
        ["--tls-thumbprint"] = "FORCESIM_TLS_THUMBPRINT",
    };

    private readonly Option<string?> _redisUser = Text("--redis-user", "Redis ACL user name (default: Redis's default user).");
    private readonly SecretInput _redisPassword = new("--redis-password", "FORCESIM_REDIS_PASSWORD", "Redis password.");
    private readonly Option<bool> _redisTls = new("--redis-tls") { Description = "Talk to Redis over TLS (as a rediss:// address does) (env FORCESIM_REDIS_TLS=true)." };
    private readonly Option<string?> _redisCa = Text("--redis-ca", "CA certificate (PEM) the Redis server's certificate must be issued by; implies --redis-tls.");
    private readonly Option<string?> _certificate = Text("--tls-certificate", "TLS between silos and clients: this process's certificate, a PFX file or a PEM file with its key.");
    private readonly Option<string?> _key = Text("--tls-key", "PEM private key of --tls-certificate, when not in the same file.");
    private readonly SecretInput _certificatePassword = new("--tls-password", "FORCESIM_TLS_PASSWORD", "Password of the PFX file or encrypted PEM key.");
    private readonly Option<string?> _ca = Text("--tls-ca", "With --tls-certificate: peers (silos, clients) are accepted if their certificate was issued by this CA (PEM).");
    private readonly Option<string[]> _thumbprints = new("--tls-thumbprint")
    {
        Description = "With --tls-certificate: also accept a peer presenting exactly this certificate (SHA-256 or SHA-1 thumbprint, hex; repeatable or comma-separated) (env FORCESIM_TLS_THUMBPRINT).",
        AllowMultipleArgumentsPerToken = false,
    };

    private ClusterSecurityOptions()
    {
    }

    /// <summary>Adds the options to a command that takes a cluster address; <see cref="Apply"/> then reads them.</summary>
    public static ClusterSecurityOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = new ClusterSecurityOptions();
        foreach (var option in new Option[]
        {
            options._redisUser, options._redisPassword.Value, options._redisPassword.File, options._redisTls, options._redisCa,
            options._certificate, options._key, options._certificatePassword.Value, options._certificatePassword.File, options._ca, options._thumbprints,
        })
        {
            command.Add(option);
        }

        return options;
    }

    /// <summary>The address with the credentials and TLS settings given (null stays null: no cluster).</summary>
    public ClusterAddress? Apply(ParseResult parse, ClusterAddress? address)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (address is null)
        {
            return null;
        }

        var redisCa = Value(parse, _redisCa);
        var redisTls = address.Security.RedisTls || parse.GetValue(_redisTls) || IsTrue("FORCESIM_REDIS_TLS") || redisCa is not null;
        return address with
        {
            Security = new ClusterSecurity
            {
                RedisUser = Value(parse, _redisUser),
                RedisPassword = _redisPassword.Read(parse),
                RedisTls = redisTls,
                RedisCaFile = redisCa,
                Tls = Tls(parse),
            },
        };
    }

    private OrleansTlsSettings? Tls(ParseResult parse)
    {
        var certificate = Value(parse, _certificate);
        var key = Value(parse, _key);
        var password = _certificatePassword.Read(parse);
        var ca = Value(parse, _ca);
        var given = parse.GetValue(_thumbprints) is { Length: > 0 } listed ? listed : [Environment.GetEnvironmentVariable("FORCESIM_TLS_THUMBPRINT") ?? ""];
        string[] thumbprints = [.. given.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        if (certificate is null)
        {
            return key is null && password is null && ca is null && thumbprints.Length == 0
                ? null
                : throw new InvalidRequestException("--tls-key, --tls-password, --tls-ca and --tls-thumbprint need --tls-certificate (or FORCESIM_TLS_CERTIFICATE).");
        }

        if (ca is null && thumbprints.Length == 0)
        {
            throw new InvalidRequestException("--tls-certificate needs --tls-ca or --tls-thumbprint (or FORCESIM_TLS_CA, FORCESIM_TLS_THUMBPRINT): "
                + "ForceSim accepts only peers whose certificate it can check, never any certificate.");
        }

        return new OrleansTlsSettings { CertificateFile = certificate, KeyFile = key, CertificatePassword = password, CaFile = ca, Thumbprints = thumbprints };
    }

    private static Option<string?> Text(string name, string description) => new(name) { Description = $"{description} (env {EnvironmentVariables[name]})" };

    private static string? Value(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariables[option.Name]) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;

    private static bool IsTrue(string variable) =>
        Environment.GetEnvironmentVariable(variable)?.Trim().ToUpperInvariant() is "1" or "TRUE" or "YES";
}
