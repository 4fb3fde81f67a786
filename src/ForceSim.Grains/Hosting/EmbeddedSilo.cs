using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ForceSim.Grains.Hosting;

/// <summary>
/// A single silo inside this process, with the client co-hosted: what <c>forcesim run --host grains</c> uses.
/// No external service; localhost clustering on free loopback ports so several can run side by side. Only errors are
/// logged, to stderr, so the command's own output stays clean.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory Grains { get; }

    public static async Task<EmbeddedSilo> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // Orleans' own logs would bury the simulation's output; warnings and errors still reach stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Error);
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.None);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort(), serviceId: "forcesim-embedded", clusterId: "forcesim-" + Guid.NewGuid().ToString("N"))
            .AddForceSim());
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
