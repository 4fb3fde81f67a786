using ForceSim.Cli;
using ForceSim.Cluster.Tests.Support;

namespace ForceSim.Cluster.Tests.Security;

/// <summary>Security settings that cannot work are refused before anything connects, with exit code 2 and no password shown.</summary>
public sealed class SecurityOptionTests : IDisposable
{
    private const string Password = "never-shown-5d2e";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_certificate_without_a_CA_or_thumbprint_to_judge_peers_is_refused()
    {
        var result = await CliProcess.RunAsync(_folder.Path, "status", "x", "--cluster", "redis://127.0.0.1:1/x", "--tls-certificate", _folder["node.pem"]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("--tls-certificate needs --tls-ca or --tls-thumbprint", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CA_without_a_certificate_of_its_own_is_refused()
    {
        var result = await CliProcess.RunAsync(_folder.Path, "silo", "--redis", "127.0.0.1:1", "--cluster-id", "x", "--tls-ca", _folder["ca.pem"]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains("need --tls-certificate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_in_the_cluster_address_is_refused_without_echoing_it()
    {
        foreach (var address in new[] { $"redis://user:{Password}@127.0.0.1:6379/x", $"rediss://:{Password}/x@127.0.0.1:6379/x" })
        {
            var result = await CliProcess.RunAsync(_folder.Path, "status", "x", "--cluster", address);
            Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
            Assert.Contains("must not carry a user or password", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, result.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_password_given_twice_or_in_a_missing_file_is_refused_naming_the_problem()
    {
        var file = _folder.Write("password", Password);
        var twice = await CliProcess.RunAsync(_folder.Path, "status", "x", "--cluster", "redis://127.0.0.1:1/x", "--redis-password", Password, "--redis-password-file", file);
        Assert.True(twice.ExitCode == ExitCodes.BadInput, twice.ToString());
        Assert.Contains("--redis-password and --redis-password-file were both set", twice.Error, StringComparison.Ordinal);
        var missing = await CliProcess.RunAsync(_folder.Path, "status", "x", "--cluster", "redis://127.0.0.1:1/x", "--redis-password-file", _folder["no-such-file"]);
        Assert.True(missing.ExitCode == ExitCodes.BadInput, missing.ToString());
        Assert.Contains($"--redis-password-file: cannot read {_folder["no-such-file"]}", missing.Error, StringComparison.Ordinal);
        foreach (var result in new[] { twice, missing })
        {
            Assert.DoesNotContain(Password, result.ToString(), StringComparison.Ordinal);
            CliProcess.AssertNoStackTrace(result);
        }
    }

    [Fact]
    public async Task An_unreadable_certificate_stops_the_silo_with_exit_code_2_and_the_file_named()
    {
        var certificates = TestCertificates.Create(_folder["certificates"]);
        var result = await CliProcess.RunAsync(_folder.Path, new Dictionary<string, string> { ["FORCESIM_TLS_PASSWORD"] = Password }, [
            "silo", "--redis", $"127.0.0.1:{RedisServer.FreePort()}", "--cluster-id", "x", "--tls-certificate", certificates.NodePfx, "--tls-ca", certificates.CaPem]);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains($"Could not read the TLS certificate {certificates.NodePfx}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.ToString(), StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    [Fact]
    public async Task Help_never_shows_a_password_set_in_the_environment()
    {
        var environment = new Dictionary<string, string> { ["FORCESIM_REDIS_PASSWORD"] = Password, ["FORCESIM_TLS_PASSWORD"] = Password };
        foreach (var command in new[] { "silo", "run", "status", "results", "sweep" })
        {
            var result = await CliProcess.RunAsync(_folder.Path, environment, command, "--help");
            Assert.Contains("--redis-password-file", result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, result.ToString(), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _folder.Dispose();
}
