using ForceSim.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;

namespace ForceSim.Grains.Hosting;

/// <summary>One silo of a Redis-backed cluster, started and stopped by <c>forcesim silo</c>.</summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, ClusterSiloOptions options)
    {
        _host = host;
        Options = options;
    }

    public ClusterSiloOptions Options { get; }

    public string Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    public static async Task<ClusterSilo> StartAsync(ClusterSiloOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        await RedisAccess.CheckAsync(options.Cluster).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // ForceSim says what each silo ran; Orleans speaks up only for errors (its warnings are mostly about a peer that died, which is expected here).
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Error);
        builder.Logging.AddFilter("ForceSim", LogLevel.Information);
        // Every `forcesim silo` hosts the dashboard's grains, so a web app that is a client of the cluster can serve the
        // Orleans Dashboard (silos, grains, experiments) under /orleans; the silo itself serves no web pages.
        builder.UseOrleans(silo => silo.UseForceSimCluster(options).AddDashboard());
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new ClusterSilo(host, options);
    }

    /// <summary>Leaves the cluster gracefully: running replications are handed back, membership is updated.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
