using ForceSim.Cli.Terminal;
using ForceSim.Grains.Hosting;

namespace ForceSim.Cli.Cluster;

/// <summary>
/// A command's connection to a cluster: <see cref="Stopping"/> fires on Ctrl+C or when the connection is lost, and
/// disposing disconnects.
/// </summary>
public sealed class ClusterSession : IDisposable
{
    private readonly CancelOnCtrlC _cancel;
    private readonly ClusterConnection _connection;
    private readonly CancellationTokenSource _stop;

    private ClusterSession(CancelOnCtrlC cancel, ClusterConnection connection)
    {
        _cancel = cancel;
        _connection = connection;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token, connection.Stopping);
    }

    public IGrainFactory Grains => _connection.Grains;

    public CancellationToken Stopping => _stop.Token;

    public static ClusterSession Open(ClusterAddress address)
    {
        var cancel = new CancelOnCtrlC();
        try
        {
            return new ClusterSession(cancel, ClusterOption.Connect(address, cancel.Token));
        }
        catch
        {
            cancel.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _connection.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _cancel.Dispose();
    }
}
