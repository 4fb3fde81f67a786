using ForceSim.Grains.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ForceSim.Grains.Hosting;

/// <summary>A client connected to a Redis-backed cluster, for commands that submit or query experiments.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterAddress address)
    {
        _host = host;
        Address = address;
        Grains = host.Services.GetRequiredService<IClusterClient>();
        Stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
    }

    /// <summary>Cancelled when the process is asked to stop (SIGTERM, Ctrl+C): long waits on the cluster should end then.</summary>
    public CancellationToken Stopping { get; }

    public ClusterAddress Address { get; }

    public IClusterClient Grains { get; }

    /// <summary>
    /// Connects, or fails with <see cref="ClusterUnavailableException"/> saying which cluster could not be reached, or
    /// with <see cref="ClusterSecurityException"/> when Redis refuses the password or a certificate cannot be used.
    /// </summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        await RedisAccess.CheckAsync(address).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UseForceSimCluster(address));
        var host = builder.Build();
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(30));
            await host.StartAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var tls = address.Security.Tls is null
                ? " If the cluster's silos use TLS, give a certificate they accept (--tls-certificate) and their CA (--tls-ca)."
                : " With TLS: is this certificate issued by the CA (or thumbprint) the silos accept, and theirs by the one given here?";
            var reason = e is OperationCanceledException ? "no gateway of the cluster answered within 30 s." : address.Security.Redact(e.Message);
            throw new ClusterUnavailableException($"Could not connect to cluster '{address.ClusterId}' through Redis at {address.Redis}: {reason}{tls}", e);
        }

        return new ClusterConnection(host, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }
}
