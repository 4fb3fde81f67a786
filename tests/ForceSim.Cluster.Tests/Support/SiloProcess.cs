using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>A real <c>forcesim silo</c> process, started and awaited until it prints its ready line.</summary>
public sealed class SiloProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    /// <summary>How the experiment status names this silo.</summary>
    public string Endpoint => $"127.0.0.1:{SiloPort}";

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a silo with fast failure detection (a killed silo is declared dead in seconds, not ~90 s).</summary>
    public static Task<SiloProcess> StartAsync(string workingDirectory, string redis, string clusterId, params string[] extra) =>
        StartAsync(workingDirectory, redis, clusterId, RedisServer.FreePort(), RedisServer.FreePort(), new Dictionary<string, string>(), extra);

    /// <summary>As above, with environment variables for the silo (the way containers configure it).</summary>
    public static Task<SiloProcess> StartAsync(string workingDirectory, string redis, string clusterId, IReadOnlyDictionary<string, string> environment, params string[] extra) =>
        StartAsync(workingDirectory, redis, clusterId, RedisServer.FreePort(), RedisServer.FreePort(), environment, extra);

    /// <summary>Starts a silo on given ports: a silo restarted on the ports of one that died is a new incarnation of the same endpoint.</summary>
    public static Task<SiloProcess> StartAsync(string workingDirectory, string redis, string clusterId, int siloPort, int gatewayPort, params string[] extra) =>
        StartAsync(workingDirectory, redis, clusterId, siloPort, gatewayPort, new Dictionary<string, string>(), extra);

    /// <summary>Starts a silo on given ports with environment variables.</summary>
    public static async Task<SiloProcess> StartAsync(
        string workingDirectory, string redis, string clusterId, int siloPort, int gatewayPort, IReadOnlyDictionary<string, string> environment, params string[] extra)
    {
        var c = CultureInfo.InvariantCulture;
        var process = CliProcess.Start(workingDirectory, [
            "silo", "--redis", redis, "--cluster-id", clusterId,
            "--silo-port", siloPort.ToString(c), "--gateway-port", gatewayPort.ToString(c),
            "--probe-timeout", "1", "--missed-probes", "2", .. extra], environment);
        var silo = new SiloProcess(process, siloPort, gatewayPort);
        process.OutputDataReceived += (_, e) => silo.Record(e.Data, ready: e.Data?.StartsWith("silo ready:", StringComparison.Ordinal) == true);
        process.ErrorDataReceived += (_, e) => silo.Record(e.Data, ready: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(silo._ready.Task, exited, Task.Delay(StartTimeout));
        if (first != silo._ready.Task)
        {
            silo.Dispose();
            throw new InvalidOperationException($"forcesim silo did not become ready (exited: {process.HasExited}):{Environment.NewLine}{silo.Output}");
        }

        return silo;
    }

    /// <summary>SIGKILL: no goodbye to the cluster, leases left behind, as when a machine dies.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10000);
    }

    /// <summary>SIGTERM, as a container runtime stops a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }

    private void Record(string? line, bool ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ready)
        {
            _ready.TrySetResult();
        }
    }
}
