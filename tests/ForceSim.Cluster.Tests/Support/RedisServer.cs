using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ForceSim.Cluster.Tests.Support;

/// <summary>
/// A real redis-server from the installed binary, on a free loopback port with its own temp folder and an
/// append-only file (as a deployment would run it), killed when disposed.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly TempFolder _folder;
    private Process _process;
    private readonly string[] _extra;

    private RedisServer(Process process, TempFolder folder, int port, string[]? extra = null)
    {
        _process = process;
        _folder = folder;
        Port = port;
        _extra = extra ?? [];
    }

    public static string Binary { get; } = Environment.GetEnvironmentVariable("FORCESIM_REDIS_SERVER") is { Length: > 0 } path ? path : "/usr/bin/redis-server";

    public static bool Available => File.Exists(Binary);

    /// <summary>CI sets this: there, a missing redis-server must fail the cluster tests, not skip them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("FORCESIM_REQUIRE_REDIS") == "1";

    public static string SkipReason => $"redis-server not found at {Binary}: install it (apt-get install redis-server) to run the cluster tests";

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    /// <summary>
    /// A Redis with settings of its own (a password, TLS) given as redis-server arguments made from the chosen port;
    /// later arguments win, so <c>--port 0 --tls-port PORT</c> makes a TLS-only server.
    /// </summary>
    public static async Task<RedisServer> StartAsync(Func<int, IEnumerable<string>> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        if (!Available)
        {
            throw new InvalidOperationException(SkipReason);
        }

        var folder = new TempFolder();
        var port = FreePort();
        string[] arguments = [.. extra(port)];
        var server = new RedisServer(Launch(folder, port, arguments), folder, port, arguments);
        await server.WaitUntilListening();
        return server;
    }

    public static async Task<RedisServer> StartAsync()
    {
        if (!Available)
        {
            throw new InvalidOperationException(SkipReason);
        }

        var folder = new TempFolder();
        var port = FreePort();
        var server = new RedisServer(Launch(folder, port), folder, port);
        await server.WaitUntilListening();
        return server;
    }

    /// <summary>Stops Redis as an operator would (SIGTERM: the append-only file is flushed) and starts it again on the same port and data.</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await Task.Delay(downtime);
        _process = Launch(_folder, Port, _extra);
        await WaitUntilListening();
    }

    private static Process Launch(TempFolder folder, int port, params string[] extra)
    {
        var start = new ProcessStartInfo(Binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Path,
        };
        string[] arguments = ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder.Path, "--appendonly", "yes", "--save", "", "--daemonize", "no", .. extra];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start redis-server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await Accepts(Port))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                Dispose();
                throw new InvalidOperationException($"redis-server did not start listening on port {Port}");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
        _folder.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
