using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;

namespace ForceSim.Cluster.Tests.Security;

/// <summary>A password-protected, TLS-only Redis and mutual TLS between silos and clients: it works, it refuses, it never tells.</summary>
public sealed class SecureClusterTests : IClassFixture<SecureCluster>
{
    private static readonly string[] RefusalMessages = ["refused the password", "needs a password", "refused the password", "refused the password"];
    private readonly SecureCluster _cluster;

    public SecureClusterTests(SecureCluster cluster) => _cluster = cluster;

    [RedisFact]
    public async Task A_run_on_a_cluster_with_a_Redis_password_and_TLS_everywhere_is_byte_identical_to_an_in_process_run()
    {
        foreach (var file in new[] { "results.json", "replications.csv", "force-replications.csv" })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_cluster.InProcess, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_cluster.OnCluster, file))),
                $"{file} differs between the in-process run and the run on the secure cluster");
        }

        // Both silos ran replications: silo-to-silo traffic (workers reaching the experiment grain) went over TLS.
        var status = await _cluster.RunAsync(["status", SecureCluster.ExperimentId, "--cluster", _cluster.Cluster, "--redis-password-file", _cluster.PasswordFile, .. _cluster.ClientTls, "--json"]);
        Assert.True(status.ExitCode == ExitCodes.Success, status + Environment.NewLine + _cluster.Logs);
        var json = StatusJson.Parse(status.StandardOutput);
        Assert.True(json.IsFinished);
        Assert.Equal(_cluster.Silos.Select(s => s.Endpoint).Order(StringComparer.Ordinal), json.FinishedBySilo.Keys.Order(StringComparer.Ordinal));
    }

    [RedisFact]
    public async Task A_client_reads_the_Redis_password_from_an_option_an_environment_variable_or_a_file_the_environment_names()
    {
        var routes = new (Dictionary<string, string> Environment, string[] Options)[]
        {
            ([], ["--redis-password", _cluster.Password]),
            // Redis's default ACL user is the one `requirepass` sets the password of.
            (new() { ["FORCESIM_REDIS_USER"] = "default" }, ["--redis-password-file", _cluster.PasswordFile]),
            (new() { ["FORCESIM_REDIS_PASSWORD"] = _cluster.Password }, []),
            (new() { ["FORCESIM_REDIS_PASSWORD_FILE"] = _cluster.PasswordFile }, []),
        };
        foreach (var (environment, options) in routes)
        {
            var result = await _cluster.RunAsync(environment, ["status", SecureCluster.ExperimentId, "--cluster", _cluster.Cluster, .. options, .. _cluster.ClientTls]);
            Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
            Assert.Contains("finished", result.Output, StringComparison.Ordinal);
            AssertNoPassword(result.ToString());
        }
    }

    [RedisFact]
    public async Task A_wrong_or_missing_Redis_password_is_refused_with_exit_code_2_without_echoing_it()
    {
        var wrong = "wrong-pw-" + Guid.NewGuid().ToString("N");
        var status = new[] { "status", SecureCluster.ExperimentId, "--cluster", _cluster.Cluster };
        string[] silo = ["silo", "--redis", _cluster.Redis.Address, "--cluster-id", _cluster.ClusterId, "--redis-tls", "--silo-port", "1", "--gateway-port", "2", .. _cluster.ClientTls];
        var results = await Task.WhenAll(
            _cluster.RunAsync([.. status, "--redis-password", wrong, .. _cluster.ClientTls]),
            _cluster.RunAsync([.. status, .. _cluster.ClientTls]),
            _cluster.RunAsync([.. silo, "--redis-password", wrong]),
            _cluster.RunAsync(new Dictionary<string, string> { ["FORCESIM_REDIS_PASSWORD"] = wrong }, silo));
        foreach (var (result, expected) in results.Zip(RefusalMessages))
        {
            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains($"Redis at {_cluster.Redis.Address} {expected}", result.Error, StringComparison.Ordinal);
            CliProcess.AssertNoStackTrace(result);
            Assert.DoesNotContain(wrong, result.ToString(), StringComparison.Ordinal);
            AssertNoPassword(result.ToString());
        }
    }

    [RedisFact]
    public async Task A_client_without_a_certificate_or_with_one_the_silos_do_not_trust_is_refused_clearly()
    {
        var status = new[] { "status", SecureCluster.ExperimentId, "--cluster", _cluster.Cluster, "--redis-password-file", _cluster.PasswordFile, "--redis-ca", _cluster.Certificates.CaPem };
        var results = await Task.WhenAll(
            _cluster.RunAsync(status),
            _cluster.RunAsync([.. status, "--tls-certificate", _cluster.Certificates.StrangerPem, "--tls-ca", _cluster.Certificates.CaPem]));
        foreach (var result in results)
        {
            Assert.True(result.ExitCode == ExitCodes.Failure, result.ToString());
            Assert.Contains($"Could not connect to cluster '{_cluster.ClusterId}'", result.Error, StringComparison.Ordinal);
            Assert.Contains("TLS", result.Error, StringComparison.Ordinal);
            CliProcess.AssertNoStackTrace(result);
            AssertNoPassword(result.ToString());
        }
    }

    [RedisFact]
    public void No_password_appears_in_any_silo_log_client_output_or_file_written()
    {
        Assert.NotEmpty(_cluster.Outputs);
        foreach (var output in _cluster.Outputs)
        {
            AssertNoPassword(output.ToString());
        }

        foreach (var silo in _cluster.Silos)
        {
            Assert.Contains("redis auth on, redis tls on, cluster tls on", silo.Output, StringComparison.Ordinal);
            AssertNoPassword(silo.Output);
        }

        var files = _cluster.Folder.Files();
        Assert.Contains("on-cluster/results.json", files);
        Assert.Contains("on-cluster/run-info.json", files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(_cluster.Folder[file]);
            foreach (var secret in new[] { _cluster.Password, TestCertificates.PfxPassword })
            {
                Assert.False(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) >= 0, $"{file} holds a password");
            }
        }
    }

    private void AssertNoPassword(string text)
    {
        Assert.DoesNotContain(_cluster.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCertificates.PfxPassword, text, StringComparison.Ordinal);
    }
}
