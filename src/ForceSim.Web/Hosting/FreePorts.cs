using System.Net;
using System.Net.Sockets;

namespace ForceSim.Web.Hosting;

/// <summary>Free loopback ports for the embedded silo, so several servers (and tests) can run side by side.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
