using ForceSim.Cli;

namespace ForceSim.Cluster.Tests.Silos;

/// <summary>A silo started with bad arguments says what is wrong and exits with code 2 (no Redis needed to find out).</summary>
public sealed class SiloArgumentTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("--redis is required", "silo", "--cluster-id", "a")]
    [InlineData("--cluster-id is required", "silo", "--redis", "127.0.0.1:6379")]
    [InlineData("the Redis address must be HOST:PORT", "silo", "--redis", "127.0.0.1:notaport", "--cluster-id", "a")]
    [InlineData("--silo-port must be from 1 to 65535", "silo", "--redis", "127.0.0.1:6379", "--cluster-id", "a", "--silo-port", "70000")]
    [InlineData("--silo-port and --gateway-port must differ", "silo", "--redis", "127.0.0.1:6379", "--cluster-id", "a", "--silo-port", "4000", "--gateway-port", "4000")]
    [InlineData("The cluster id must be", "silo", "--redis", "127.0.0.1:6379", "--cluster-id", "no spaces/or slashes")]
    [InlineData("--workers must be 1 or more", "silo", "--redis", "127.0.0.1:6379", "--cluster-id", "a", "--workers", "0")]
    public async Task A_silo_with_a_bad_argument_exits_with_code_2_and_a_clear_message(string message, params string[] arguments)
    {
        var result = await CliProcess.RunAsync(_temp.Path, arguments);
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        CliProcess.AssertNoStackTrace(result);
    }

    public void Dispose() => _temp.Dispose();
}
