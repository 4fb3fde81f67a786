using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;

namespace ForceSim.Cluster.Tests.Security;

/// <summary>
/// A cluster as police data would need it: a TLS-only redis-server with a password, two silo processes with mutual
/// TLS between them and to clients (a certificate issued by a CA the test makes), each given the password by another
/// route, and one experiment run on it by a client reading the password from a file, plus the same run in-process.
/// </summary>
public sealed class SecureCluster : IAsyncLifetime, IDisposable
{
    public const string ExperimentId = "secure-30-days";

    public static readonly string[] Scenario = ["run", CliProcess.Scenario("cambridgeshire-2022.yaml"), "--set", "run.horizon_days=14", "-r", "4"];

    /// <summary>The experiment's run, generous: the suite runs other clusters' silos on the same two cores at the same time.</summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    private readonly List<SiloProcess> _silos = [];
    private readonly List<CliResult> _outputs = [];
    private RedisServer? _redis;

    /// <summary>Outputs and results only: the password and certificate files live in <see cref="Secrets"/>.</summary>
    public TempFolder Folder { get; } = new();

    public TempFolder Secrets { get; } = new();

    public string Password { get; } = "redis-pw-" + Guid.NewGuid().ToString("N");

    public string PasswordFile => Secrets["redis-password"];

    public string ClusterId { get; } = "secure-" + Guid.NewGuid().ToString("N")[..12];

    public TestCertificates Certificates { get; private set; } = null!;

    public RedisServer Redis => _redis ?? throw new InvalidOperationException(RedisServer.SkipReason);

    public string Cluster => $"rediss://{Redis.Address}/{ClusterId}";

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Every client command the tests ran, for the check that no password was ever printed.</summary>
    public IReadOnlyList<CliResult> Outputs
    {
        get
        {
            lock (_outputs)
            {
                return [.. _outputs];
            }
        }
    }

    public string OnCluster => Folder["on-cluster"];

    public string InProcess => Folder["in-process"];

    /// <summary>What a client needs besides the password: the Redis CA, and its certificate for the silos' mutual TLS.</summary>
    public string[] ClientTls => ["--redis-ca", Certificates.CaPem, "--tls-certificate", Certificates.NodePem, "--tls-key", Certificates.NodeKey, "--tls-ca", Certificates.CaPem];

    public async Task InitializeAsync()
    {
        if (!RedisServer.Available && !RedisServer.Required)
        {
            return;
        }

        try
        {
            Certificates = TestCertificates.Create(Secrets["certificates"]);
            File.WriteAllText(PasswordFile, Password + "\n");
            File.WriteAllText(Secrets["pfx-password"], TestCertificates.PfxPassword);
            _redis = await RedisServer.StartAsync(port =>
            [
                "--requirepass", Password, "--port", "0", "--tls-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tls-cert-file", Certificates.NodePem, "--tls-key-file", Certificates.NodeKey, "--tls-ca-cert-file", Certificates.CaPem, "--tls-auth-clients", "no",
            ]);
            // Silo 1: everything by option, the certificate as PEM and key, peers judged by the CA.
            _silos.Add(await SiloProcess.StartAsync(Folder.Path, Redis.Address, ClusterId, [
                "--workers", "1", "--redis-password", Password, "--redis-tls", "--redis-ca", Certificates.CaPem,
                "--tls-certificate", Certificates.NodePem, "--tls-key", Certificates.NodeKey, "--tls-ca", Certificates.CaPem]));
            // Silo 2: everything by environment, as a container: a PFX whose password is in a file, peers judged by thumbprint.
            _silos.Add(await SiloProcess.StartAsync(Folder.Path, Redis.Address, ClusterId, new Dictionary<string, string>
            {
                ["FORCESIM_REDIS_PASSWORD"] = Password,
                ["FORCESIM_REDIS_TLS"] = "true",
                ["FORCESIM_REDIS_CA"] = Certificates.CaPem,
                ["FORCESIM_TLS_CERTIFICATE"] = Certificates.NodePfx,
                ["FORCESIM_TLS_PASSWORD_FILE"] = Secrets["pfx-password"],
                ["FORCESIM_TLS_THUMBPRINT"] = Certificates.NodeSha256,
            }, "--workers", "1"));
            var cluster = await RunAsync(RunTimeout, new Dictionary<string, string>(), [.. Scenario, "--cluster", Cluster, "--redis-password-file", PasswordFile, .. ClientTls, "--experiment", ExperimentId, "-o", OnCluster]);
            Assert.True(cluster.ExitCode == ExitCodes.Success, cluster + Environment.NewLine + Logs);
            var local = await CliProcess.RunAsync(Folder.Path, RunTimeout, [.. Scenario, "-o", InProcess]);
            Assert.True(local.ExitCode == ExitCodes.Success, local.ToString());
        }
        catch
        {
            // xunit does not dispose a fixture that failed to initialise: leave no silo or redis behind.
            Dispose();
            throw;
        }
    }

    /// <summary>Runs the CLI (with extra environment variables) and keeps what it printed.</summary>
    public Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunAsync(CliProcess.DefaultTimeout, environment, arguments);

    public Task<CliResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    private async Task<CliResult> RunAsync(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var result = await CliProcess.RunAsync(Folder.Path, timeout, environment, arguments);
        lock (_outputs)
        {
            _outputs.Add(result);
        }

        return result;
    }

    public string Logs => string.Join(Environment.NewLine, _silos.Select((s, i) => $"--- silo {i} ---{Environment.NewLine}{s.Output}"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        _silos.Clear();
        _redis?.Dispose();
        _redis = null;
        Folder.Dispose();
        Secrets.Dispose();
    }
}
